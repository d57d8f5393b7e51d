# 买家消息：安全显示不可信的文本、打开链接，以及平台规则检查给卖家的修改提示。

messages-hidden-characters = 此消息包含可伪装文字的隐藏字符。它们以 [U+…] 标记显示，不会生效。
messages-control-bidi = 文字方向控制符：可能让文字倒序显示。此处仅显示，不会生效。
messages-control-zero-width = 不可见字符：可能藏在单词或网址中。此处仅显示，不会生效。
messages-control-control = 控制字符，此处仅显示，不会生效。
messages-link-button-title = 确认后才会打开：{ $href }
messages-link-suspicious = 可疑链接
messages-link-open-title = 打开买家发来的链接？
messages-link-open-body = 将在浏览器中打开 { $href }。消息中的链接可能冒充平台、物流商或银行，请仅在信任时打开。
messages-link-open = 打开链接
messages-link-cancel = 取消
messages-link-warning-userinfo = “@” 前面的文字掩盖了链接的真实去向。
messages-link-warning-punycode = 网址使用了编码的国际字符（xn--），可能冒充其他网站。
messages-link-warning-non-ascii-host = 网址包含非拉丁字母。
messages-link-warning-mixed-script = 网址混用了不同字母表，这是冒充其他网站的常见手法。
messages-link-warning-ip-address = 网址是纯 IP 地址，而不是有名称的网站。
messages-rule-phone = 请删除电话号码“{ $matched }”：该平台禁止在消息中留联系方式。
messages-rule-email = 请删除电子邮箱“{ $matched }”：该平台禁止在消息中留联系方式。
messages-rule-link = 请删除链接“{ $matched }”：该平台禁止在消息中发送站外链接。
messages-rule-messenger = 请删除即时通讯联系方式“{ $matched }”：该平台禁止把对话转到其他应用。
