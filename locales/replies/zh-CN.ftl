# 简体中文的快捷回复。不是买家语言：卖家界面为中文时，用它显示预览和模板名称。见 en.ftl。

shipping-delay =
    { $buyer_name }，您好！

    非常抱歉，您的订单 { $order_number } 将延迟 { $days } 天发货。订单最晚将于 { $ship_by } 从我们的仓库发出，发货后我们会第一时间把物流单号发给您。

    感谢您的耐心等待！
    .name = 发货延迟

tracking-update =
    { $buyer_name }，您好！

    好消息：您的订单 { $order_number } 已发货。物流单号为 { $tracking_number }，您可以在这里查询物流：{ $tracking_link }

    物流信息可能需要 1–2 天才会首次更新。如有任何问题，请直接回复此消息。
    .name = 物流更新

size-question =
    { $buyer_name }，您好！

    感谢您的咨询。我们的尺码以商品页面的尺码表为准；如果您介于两个尺码之间，建议选择大一码。告诉我们您的身高、体重和胸围，我们会为您推荐合适的尺码。
    .name = 尺码咨询

return-instructions =
    { $buyer_name }，您好！

    很抱歉订单 { $order_number } 未能让您满意。您可以在收货后 { $days } 天内退货：请在订单页面提交退货申请，并将未使用的商品连同原包装寄回。我们收到退货后，将为您退款 { $amount }。
    .name = 退货说明
