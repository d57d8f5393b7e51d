## Translations: completeness per market and side-by-side editing.

nav-translations = Traduções
translations-heading = Traduções
translations-intro = Os compradores leem os anúncios no próprio idioma. Encontre o que falta e traduza ao lado do original.
translations-total = { $total ->
    [one] { $total } anúncio ativo
   *[other] { $total } anúncios ativos
}
translations-titled = { $titled } de { $total } com título
translations-missing-title = { $count } sem título
translations-missing-description = { $count } sem descrição
translations-complete = Completo
translations-show-missing = Ver os que faltam
translations-missing-in = Sem título em { $language }
translations-none-missing = Todos os anúncios ativos têm título em { $language }.
translations-pick = Escolha um anúncio à esquerda para traduzi-lo ao lado do original.
translations-source = Original · { $language }
translations-target = Tradução · { $language }
translations-title = Título
translations-description = Descrição
translations-tags = Tags
translations-tags-hint = Separe as tags com vírgulas.
translations-count = { $count } / { $max }
translations-save = Salvar tradução
translations-saved = Tradução salva
translations-search = Buscar anúncios
translations-load-more = Ver mais
translations-same-locale = Este é o idioma original do anúncio; edite-o no editor de anúncios.
