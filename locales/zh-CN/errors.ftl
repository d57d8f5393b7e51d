## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = 部分字段需要修改，尚未保存任何内容。
error-not-found = 此项已不存在，可能已在另一台设备上被删除。
error-shop-file = 无法打开店铺文件。请检查磁盘是否已满，以及您是否有权限写入该文件夹。
error-storage = 无法读取或写入店铺文件。您最近的更改未保存，请重试。
error-internal = Shopkeeper 内部出错，未做任何更改。详细信息请查看日志文件。

error-title-empty = 请输入标题。
error-title-too-long = 平台规定标题最多 { $max } 个字符，当前为 { $length } 个。
error-description-too-long = 平台规定描述最多 { $max } 个字符，当前为 { $length } 个。
error-tags-too-many = 最多使用 { $max } 个标签。
error-tag-too-long = 标签“{ $tag }”过长：最多 { $max } 个字符。
error-locale-unsupported = 平台不支持 { $locale } 语言。
error-locale-duplicate = { $locale } 有两份文案。
error-variants-empty = 请至少添加一个规格。
error-variants-too-many = 一个商品最多可有 { $max } 个规格。
error-sku-empty = 请输入 SKU。
error-sku-invalid = SKU 最多 { $max } 个字符，且不能包含空格。
error-sku-duplicate = SKU { $sku } 在此商品中使用了两次。
error-sku-taken = SKU { $sku } 已被其他商品使用。
error-stock-malformed = 请以整数输入库存，例如 12。
error-stock-negative = 库存不能为负数。
error-stock-too-large = 库存最多为 { $max }。
error-weight-malformed = 请以克为单位输入整数重量，例如 250。
error-weight-negative = 重量不能为负数。
error-weight-too-large = 重量最多为 { $max } 克。
error-hs-code-invalid = HS编码为 6 到 10 位数字，例如 6214.10。
error-country-invalid = 请使用两个字母的国家/地区代码，例如 VN 或 BR。
error-option-incomplete = 每个属性都需要同时填写属性名和属性值。
error-currency-unknown = { $currency } 不是 ISO 4217 货币代码。
error-currency-duplicate = { $currency } 有两个价格。
error-price-malformed = 请用数字和小数点输入价格，例如 12.50。
error-price-negative = 价格不能为负数。
error-price-too-large = 价格过高。
error-price-too-many-decimals = { $max ->
    [0] { $currency } 价格须为整数，不带小数。
   *[other] { $currency } 价格最多保留 { $max } 位小数。
}
error-price-missing = 在售商品的每个规格都需要设置价格。
error-cursor-invalid = 列表已过期，已重新加载。
