## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = 商品
nav-orders = 订单
nav-messages = 消息
nav-sync = 同步
nav-settings = 设置

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = 主导航
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = 您的店铺
frame-loading = 正在打开您的店铺…
frame-start-failed = Shopkeeper 无法打开您的店铺。
frame-retry = 重试

## Common words used on several pages.

common-undo = 撤销
common-dismiss = 关闭
# Screen-reader label of the area where short notifications appear.
common-notifications = 通知

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = 您的订单将显示在这里
orders-empty-body = 店铺连接到平台后，每笔新订单都会显示在这里，包括买家购买的商品、收货地址和最晚发货日期，避免延迟发货。
messages-empty-title = 买家消息将显示在这里
messages-empty-body = 店铺连接到平台后，买家的咨询会汇总到这里的同一个收件箱，并显示在对应的订单旁边。

## Settings page

settings-title = 设置
settings-language-section = 语言
settings-marketplace-section = 平台账号
settings-language = Shopkeeper 界面语言
settings-language-help = 菜单、提示信息、数字、价格和日期都将使用此语言。商品文案保留各自的语言。
settings-language-changed = Shopkeeper 界面语言已切换为 { $language }。
settings-shop-section = 您的店铺
settings-shop-name = 店铺名称
settings-shop-file = 店铺文件
settings-shop-file-help = 您店铺的全部数据都保存在这台电脑上的这一个文件中。请将它纳入备份。
settings-log-dir = 日志文件夹
settings-log-dir-help = 如果出现问题，这里的日志文件可以帮助技术支持查明原因。日志中绝不包含买家的个人信息。
settings-about-section = 关于
settings-version = 版本
