## Photos in the listing editor.

photos-heading = 照片
photos-save-first = 请先保存商品，再添加照片。
photos-empty = 将照片拖放到这里，或点击“添加照片”选择。支持 JPEG、PNG 或 WebP，每张不超过 40 MB。
photos-add = 添加照片…
photos-drop-hint = 松开即可将照片添加到此商品
photos-paths-toggle = 通过文件路径导入
photos-paths-label = 文件路径，每行一个
photos-paths-import = 导入
photos-progress = 正在添加第 { $done } 张，共 { $total } 张…
photos-imported = { $count ->
   *[other] 已添加 { $count } 张照片
}
photos-gps-removed = 已从 { $names } 中移除位置信息。买家永远看不到照片的拍摄地点。
photos-failed-heading = 以下文件未能添加：
photos-primary = 主图
photos-make-primary = 设为主图
photos-move-earlier = 前移
photos-move-later = 后移
photos-remove = 删除照片
photos-removed = 照片已删除
photos-reorder-hint = 拖动照片可调整顺序，或选中一张后按 Alt+← 或 Alt+→。主图会在平台上最先展示。
photos-thumb-alt = 第 { $position } 张照片：{ $name }
photos-dismiss = 关闭

error-photo-empty = { $name } 是空文件。
error-photo-too-large = { $name } 太大（{ $size } 字节）；每张照片最多 { $max_size } 字节。
error-photo-too-many-pixels = { $name } 为 { $width }×{ $height } 像素；照片每边最多 { $max_side } 像素。
error-photo-unsupported-format = { $name } 不是 JPEG、PNG 或 WebP 照片（看起来是 { $format }）。请导出为 JPEG 后重新添加。
error-photo-truncated = { $name } 不完整：文件在图像结束前就中断了。请从相机或手机重新复制。
error-photo-corrupt = { $name } 已损坏，无法读取。
error-photo-encode-failed = 无法处理 { $name }。
error-photo-unreadable = 无法从磁盘读取 { $name }。
error-photo-too-many = 未添加 { $name }：每个商品最多 { $max } 张照片。
error-photos-order-stale = 照片已被更改。请重新打开商品后再试。
