## 商品的 CSV 导入与导出。

csv-open = 导入 / 导出 CSV
csv-title = CSV 导入与导出
csv-tab-import = 导入
csv-tab-export = 导出
csv-path = 文件
csv-choose = 选择…
csv-delimiter = 分隔符
csv-delimiter-comma = 逗号（,）
csv-delimiter-semicolon = 分号（;），小数用逗号
csv-export = 导出
csv-exported = 已导出 { $rows } 行（{ $listings } 个商品）。
csv-export-hint = 每个规格一行，包含所有翻译和所有价格。电子表格可直接打开。
csv-import-hint = 行先按 listing_id、再按 SKU 匹配；其余的行会成为新商品。确认之前不会修改任何内容。
csv-check = 检查文件
csv-rows = 已读取 { $count } 行
csv-errors-title = 问题（这些商品不会导入）
csv-more-errors = …另有 { $count } 个问题
csv-import = 导入 { $count } 个商品
csv-imported = 已导入 { $count } 个商品。
csv-nothing = 无需导入：文件与店铺一致。
csv-error-at = 第 { $line } 行，“{ $column }”列：{ $message }
csv-error-at-line = 第 { $line } 行：{ $message }
csv-file-refused = 无法导入此文件。

error-csv-column-unknown = 未知的列“{ $column }”。请按导出文件的方式命名列，例如 title.pt-BR 或 price.BRL。
error-csv-column-duplicate = 列“{ $column }”出现了两次。
error-csv-column-missing = 文件缺少“{ $column }”列。
error-csv-malformed = 这一行不是有效的 CSV，请检查引号。
error-csv-not-utf8 = 此文本不是 UTF-8 编码。请将文件另存为“CSV UTF-8”。
error-csv-row-length = 这一行有 { $found } 个单元格，表头有 { $expected } 个。
error-csv-empty = 文件是空的。
error-csv-listing-mismatch = 与同一商品的第 { $line } 行不一致。
error-csv-state-invalid = “{ $value }”不是有效状态：请使用 draft、active、inactive 或 sold_out。
error-csv-options-invalid = 请按 名称=值; 名称=值 的格式填写选项。
error-csv-price-ambiguous = “{ $value }”对 { $currency } 有歧义：请写成 1234.50（分号分隔的文件中可写 1234,50），不要用千位分隔符。
error-csv-file-unreadable = 无法读取文件。请检查文件名和文件夹。
error-csv-file-unwritable = 无法在此处写入文件。请选择其他文件夹。
