## Translations: completeness per market and side-by-side editing.

nav-translations = 翻译
translations-heading = 翻译
translations-intro = 买家用自己的语言阅读商品。找出缺少的内容，并对照原文进行翻译。
translations-total = { $total ->
   *[other] { $total } 个在售商品
}
translations-titled = { $total } 个中有 { $titled } 个有标题
translations-missing-title = { $count } 个缺少标题
translations-missing-description = { $count } 个缺少描述
translations-complete = 已完成
translations-show-missing = 查看缺少的
translations-missing-in = 缺少{ $language }标题
translations-none-missing = 所有在售商品都有{ $language }标题。
translations-pick = 在左侧选择一个商品，对照原文进行翻译。
translations-source = 原文 · { $language }
translations-target = 译文 · { $language }
translations-title = 标题
translations-description = 描述
translations-tags = 标签
translations-tags-hint = 用逗号分隔标签。
translations-count = { $count } / { $max }
translations-save = 保存翻译
translations-saved = 翻译已保存
translations-search = 搜索商品
translations-load-more = 显示更多
translations-same-locale = 这是商品的原始语言，请在商品编辑器中修改。
