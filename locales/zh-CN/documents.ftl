## 发货单据（crates/shopkeeper-documents）。`doc-slip-*` 以买家语言印在装箱单上，
## `doc-pick-*` 印在拣货单上。

doc-slip-title = 装箱单
doc-slip-order = 订单 { $number }
doc-slip-date = 下单日期：{ $date }
doc-slip-ship-to = 收件人
doc-slip-from = 寄件人
doc-slip-sku = SKU
doc-slip-item = 商品
doc-slip-qty = 数量
doc-slip-unit-price = 单价
doc-slip-line-total = 金额
doc-slip-subtotal = 小计
doc-slip-shipping = 运费
doc-slip-total = 实付金额
doc-slip-tracking = 已通过 { $carrier } 发货，运单号 { $tracking }
doc-slip-thanks = 感谢您的订购！

doc-pick-title = 拣货单
doc-pick-orders = 订单数：{ $count }
doc-pick-location = 库位
doc-pick-sku = SKU
doc-pick-item = 商品
doc-pick-quantity = 数量
doc-pick-empty = 所选订单没有需要拣货的商品。

error-documents-font-missing = 缺少字体文件 { $path }。请安装 Debian 软件包 { $package }（scripts/setup.sh 会安装），然后重试。
error-documents-font-invalid = 文件 { $path } 无法作为字体读取。
error-label-glyph-missing = { $field } 中的字符“{ $character }”无法用面单字体打印。请修改文字或替换该字符。
error-label-field-too-long = { $field } 太长，单据上放不下。请缩短。
error-address-field-missing = 地址不完整：{ $field } 为空。
error-address-postal-code-invalid = 邮编“{ $value }”不符合 { $country } 的格式。
error-address-country-invalid = { $field } 中的“{ $value }”不是两位字母国家代码，例如 BR 或 FR。
error-tracking-invalid = 运单号“{ $value }”只能包含字母 A–Z 和数字（4 到 40 个字符）。
error-tracking-s10-format = “{ $value }”不是邮政运单号：格式应类似 RR473124829DE。
error-tracking-s10-check-digit = 运单号 { $value } 的校验位不正确，请检查是否输错。
error-label-barcode-too-wide = 运单号 { $value } 太长，无法在 4×6 面单上生成条码。
error-customs-hs-code-invalid = HS 编码“{ $value }”必须为 6 到 10 位数字，例如 6214.10。
error-customs-hs-edition-invalid = HS 版本“{ $value }”的格式应类似 HS2022。
error-customs-currency-unknown = { $code } 不是已知的货币代码。
error-customs-currency-mismatch = 所有金额都必须是 { $expected }，但有一项是 { $found }。
error-customs-sdr-rate-invalid = 特别提款权汇率必须是正数。
error-customs-sdr-rate-missing = 没有 { $currency } 的特别提款权汇率，无法选择报关单（CN22 或 CN23）。请在设置中添加汇率。
error-customs-incomplete = 缺少 { $count } 项报关信息。请先补全再打印面单。
error-documents-locale-unsupported = 暂不支持以 { $locale } 语言打印单据。
error-documents-pdf-failed = 无法写入 PDF：{ $detail }
error-documents-cancelled = 打印已取消，没有订单被标记为已发货。
error-printer-unreachable = 无法连接位于 { $address } 的打印机（{ $detail }）。请检查打印机是否开机并已联网。
error-printer-timeout = 位于 { $address } 的打印机停止响应。请检查纸张和碳带后重新打印。
error-printer-cups-missing = 这台电脑没有安装打印系统 CUPS，缺少 lp 命令。
error-printer-cups-failed = 打印系统拒绝了该任务（{ $status }）：{ $detail }
error-printer-queue-invalid = “{ $queue }”不是有效的打印队列名称。

# 纠纷回复的证据包（issue 7 第 6 项），使用卖家的语言。
doc-evidence-title = 纠纷证据
doc-evidence-order = 订单 { $order }（{ $date }）
doc-evidence-shop = 卖家：{ $shop }
doc-evidence-buyer = 买家：{ $buyer }
doc-evidence-dispute = 纠纷：{ $reason }，发起于 { $date }
doc-evidence-reason-not_received = 未收到货
doc-evidence-reason-not_as_described = 与描述不符
doc-evidence-reason-damaged = 到货损坏
doc-evidence-reason-other = 其他原因
doc-evidence-tracking = 由 { $carrier } 发货，运单号 { $number }
doc-evidence-no-tracking = 此订单没有记录运单号。
doc-evidence-attached-label-customs = 附件：运单标签和海关申报单的副本。
doc-evidence-attached-label = 附件：运单标签的副本（国内包裹，无海关申报单）。
doc-evidence-no-label = 无标签副本：无法根据店铺数据生成发货文件。
doc-evidence-conversation = 与买家的对话
doc-evidence-no-messages = 买家与店铺未就此订单交流过消息。
doc-evidence-from-buyer = 买家
doc-evidence-from-shop = 店铺
doc-evidence-generated = 由 Shopkeeper 于 { $date } 生成。消息按原文打印；隐藏字符显示为 [U+…]。
