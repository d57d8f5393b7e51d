## Listings page: toolbar, filters and sort.

listings-title = 商品
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
   *[other] { $count } 个商品
}
listings-search-label = 搜索商品
listings-search-placeholder = 搜索标题、SKU 和标签  (/)
listings-new = 新建商品
# Tooltip of the "New listing" button.
listings-new-hint = 新建商品 (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = 筛选
listings-filter-state = 状态
listings-filter-stock = 库存
listings-stock-any = 全部库存
listings-stock-in = 有货
listings-stock-low = 库存不足
listings-stock-out = 缺货
listings-filter-currency = 币种
listings-currency-any = 全部币种
listings-filter-translation = 翻译
listings-translation-any = 全部翻译状态
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = 缺少{ $language }翻译
listings-sort = 排序方式
listings-sort-title = 标题
listings-sort-updated = 最近更新
listings-sort-created = 创建日期
listings-sort-stock = 库存
listings-sort-ascending = 升序；点击切换为降序
listings-sort-descending = 降序；点击切换为升序
listings-clear-filters = 清除筛选

## Listing states, as badges and in filters and the editor.

listing-state-draft = 草稿
listing-state-active = 在售
listing-state-inactive = 已下架
listing-state-sold-out = 已售罄

## Listings table

listings-table-label = 商品
listings-col-title = 标题
listings-col-variants = 规格
listings-col-stock = 库存
listings-col-prices = 价格
listings-col-translations = 翻译
listings-col-updated = 更新时间
listings-untitled = 未命名商品
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
   *[other] 另有 { $count } 个币种
}
listings-no-price = 未定价
listings-stock-low-badge = 偏低
listings-stock-out-badge = 缺货
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }：已翻译
listings-translation-missing = { $language }：未翻译
listings-loading = 正在加载商品…
listings-loading-more = 正在加载更多…
listings-load-failed = 无法加载商品。
listings-retry = 重试

## Listings page: empty states.

listings-empty-title = 还没有商品
listings-empty-body = 每个商品就是您出售的一件产品。用买家的语言填写标题，添加尺码、颜色等规格，并为您销售所用的每个币种设置价格。点击“新建商品”或按 Ctrl+N 创建您的第一个商品。
listings-noresults-title = 没有匹配的商品
listings-noresults-body = 没有符合搜索和筛选条件的商品。请尝试其他关键词，或清除筛选以查看全部商品。

## Toasts after a change on the Listings page.

listings-archived = “{ $title }”已归档。
listings-restored = “{ $title }”已恢复到商品列表。
listings-created = 商品已创建。
listings-saved = 更改已保存。

## Listing editor: header and actions.

editor-new-title = 新建商品
editor-edit-title = 编辑商品
editor-save = 保存
editor-saving = 正在保存…
editor-saved = 已保存
editor-close = 关闭
editor-archive = 归档
editor-unsaved = 有未保存的更改
editor-shortcuts = Ctrl+S 保存 · Esc 关闭
editor-loading = 正在加载商品…
editor-load-failed = 无法打开此商品。
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = { $when }更新
editor-not-synced = 尚未发布到平台
editor-discard-title = 放弃更改？
editor-discard-body = 此商品有未保存的更改。如果现在关闭，这些更改将会丢失。
editor-discard-confirm = 放弃更改
editor-discard-keep = 继续编辑

## Listing editor: general section.

editor-section-general = 基本信息
editor-state = 状态
editor-default-locale = 默认语言
editor-default-locale-help = 如果商品没有买家所用语言的文案，买家将看到此语言。此语言必须填写标题。

## Listing editor: texts per language.

editor-section-texts = 标题和描述
editor-texts-tabs = 语言
editor-text-complete = 已翻译
editor-text-partial = 部分翻译
editor-text-empty = 未翻译
editor-text-default = 默认
editor-text-title = 标题
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = 描述
editor-text-tags = 标签
editor-text-tags-help = 用逗号分隔标签，例如：丝绸，围巾，夏季。

## Listing editor: variants, prices and customs.

editor-section-variants = 规格
editor-variants-help = 每个规格都是买家可以选择的一个选项，有各自的 SKU、库存和价格。
editor-col-option = 属性
editor-col-sku = SKU
editor-col-stock = 库存
editor-col-weight = 重量（克）
editor-col-prices = 价格
# $number counts variants from 1.
editor-variant-label = 规格 { $number }
editor-option-name = 属性名
editor-option-name-placeholder = 尺码
editor-option-value = 属性值
editor-option-value-placeholder = M
editor-add-option = 添加属性
editor-remove-option = 删除属性
editor-price-currency = 币种
editor-price-amount = 金额
editor-add-price = 添加价格
editor-remove-price = 删除 { $currency } 价格
editor-add-variant = 添加规格
editor-remove-variant = 删除规格 { $number }
editor-customs = 报关信息
editor-customs-show = 显示规格 { $number } 的报关信息
editor-customs-hide = 隐藏规格 { $number } 的报关信息
editor-hs-code = HS编码
editor-hs-code-placeholder = 6214.10
editor-origin-country = 原产国
editor-origin-country-placeholder = CN
editor-customs-description = 报关品名
editor-customs-description-placeholder = Silk scarf
editor-customs-help = 将打印在 CN22/CN23 报关单上。请使用两个字母的国家/地区代码，例如 CN 或 VN。

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = 历史记录
editor-history-show = 显示历史记录
editor-history-hide = 隐藏历史记录
editor-history-loading = 正在加载历史记录…
editor-history-failed = 无法加载历史记录。
editor-history-empty = 尚无更改记录。
editor-history-create = 已创建
editor-history-update = 已编辑
editor-history-archive = 已归档
editor-history-restore = 已恢复
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = 设备 { $device }
