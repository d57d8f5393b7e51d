## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = Alguns campos precisam de atenção. Nada foi salvo.
error-not-found = Este item não existe mais. Ele pode ter sido excluído em outro dispositivo.
error-shop-file = Não foi possível abrir o arquivo da loja. Verifique se o disco não está cheio e se você tem permissão para gravar na pasta.
error-storage = Não foi possível ler ou gravar o arquivo da loja. Sua última alteração não foi salva; tente novamente.
error-internal = Ocorreu um erro interno no Shopkeeper. Nada foi alterado. Os detalhes estão no arquivo de log.

error-title-empty = Informe um título.
error-title-too-long = O marketplace permite no máximo { $max } caracteres no título; este tem { $length }.
error-description-too-long = O marketplace permite no máximo { $max } caracteres na descrição; esta tem { $length }.
error-tags-too-many = Use no máximo { $max } tags.
error-tag-too-long = A tag “{ $tag }” é longa demais: no máximo { $max } caracteres.
error-locale-unsupported = O idioma { $locale } não é aceito pelo marketplace.
error-locale-duplicate = Há dois textos em { $locale }.
error-variants-empty = Adicione pelo menos uma variação.
error-variants-too-many = Um anúncio pode ter no máximo { $max } variações.
error-sku-empty = Informe um SKU.
error-sku-invalid = Um SKU tem no máximo { $max } caracteres e não pode ter espaços.
error-sku-duplicate = O SKU { $sku } aparece duas vezes neste anúncio.
error-sku-taken = O SKU { $sku } já é usado em outro anúncio.
error-stock-malformed = Informe o estoque como número inteiro, por exemplo 12.
error-stock-negative = O estoque não pode ser negativo.
error-stock-too-large = O estoque pode ser no máximo { $max }.
error-weight-malformed = Informe o peso em gramas inteiros, por exemplo 250.
error-weight-negative = O peso não pode ser negativo.
error-weight-too-large = O peso pode ser no máximo { $max } g.
error-hs-code-invalid = Um código HS tem de 6 a 10 dígitos, por exemplo 6214.10.
error-country-invalid = Use o código de país de duas letras, por exemplo VN ou BR.
error-option-incomplete = Cada opção precisa de um nome e de um valor.
error-currency-unknown = { $currency } não é um código de moeda ISO 4217.
error-currency-duplicate = Há dois preços em { $currency }.
error-price-malformed = Informe o preço com algarismos e vírgula decimal, por exemplo 12,50.
error-price-negative = O preço não pode ser negativo.
error-price-too-large = Este preço é alto demais.
error-price-too-many-decimals = { $max ->
    [0] Preços em { $currency } são valores inteiros, sem casas decimais.
    [one] Preços em { $currency } têm no máximo 1 casa decimal.
   *[other] Preços em { $currency } têm no máximo { $max } casas decimais.
}
error-price-missing = Um anúncio ativo precisa de preço em todas as variações.
error-cursor-invalid = A lista estava desatualizada e foi recarregada.
