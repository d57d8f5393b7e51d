## Importação e exportação de anúncios em CSV.

csv-open = Importar / exportar CSV
csv-title = Importação e exportação de CSV
csv-tab-import = Importar
csv-tab-export = Exportar
csv-path = Arquivo
csv-choose = Escolher…
csv-delimiter = Separador
csv-delimiter-comma = Vírgula (,)
csv-delimiter-semicolon = Ponto e vírgula (;), decimais com vírgula
csv-export = Exportar
csv-exported = { $rows ->
    [one] { $rows } linha exportada ({ $listings } anúncios).
   *[other] { $rows } linhas exportadas ({ $listings } anúncios).
}
csv-export-hint = Uma linha por variação, com todas as traduções e todos os preços. As planilhas abrem o arquivo como está.
csv-import-hint = As linhas são associadas pelo listing_id e depois pelo SKU; as demais viram anúncios novos. Nada muda até você confirmar.
csv-check = Verificar arquivo
csv-rows = { $count ->
    [one] { $count } linha lida
   *[other] { $count } linhas lidas
}
csv-errors-title = Problemas (estes anúncios ficam de fora)
csv-more-errors = …e mais { $count } problemas
csv-import = { $count ->
    [one] Importar { $count } anúncio
   *[other] Importar { $count } anúncios
}
csv-imported = { $count ->
    [one] { $count } anúncio importado.
   *[other] { $count } anúncios importados.
}
csv-nothing = Nada a importar: o arquivo é igual à loja.
csv-error-at = Linha { $line }, coluna { $column }: { $message }
csv-error-at-line = Linha { $line }: { $message }
csv-file-refused = Este arquivo não pode ser importado.

error-csv-column-unknown = Coluna desconhecida “{ $column }”. Nomeie as colunas como na exportação, por exemplo title.pt-BR ou price.BRL.
error-csv-column-duplicate = A coluna “{ $column }” aparece duas vezes.
error-csv-column-missing = O arquivo não tem a coluna “{ $column }”.
error-csv-malformed = Esta linha não é CSV válido. Verifique as aspas.
error-csv-not-utf8 = Este texto não está em UTF-8. Salve o arquivo como “CSV UTF-8”.
error-csv-row-length = Esta linha tem { $found } células; o cabeçalho tem { $expected }.
error-csv-empty = O arquivo está vazio.
error-csv-listing-mismatch = Difere da linha { $line } do mesmo anúncio.
error-csv-state-invalid = “{ $value }” não é um status: use draft, active, inactive ou sold_out.
error-csv-options-invalid = Escreva as opções como nome=valor; nome=valor.
error-csv-price-ambiguous = “{ $value }” é ambíguo para { $currency }: escreva 1234,50 (num arquivo com ponto e vírgula) ou 1234.50, sem separador de milhar.
error-csv-file-unreadable = Não foi possível ler o arquivo. Verifique o nome e a pasta.
error-csv-file-unwritable = Não foi possível gravar o arquivo aí. Escolha outra pasta.
