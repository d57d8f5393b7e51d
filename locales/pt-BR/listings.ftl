## Listings page: toolbar, filters and sort.

listings-title = Anúncios
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
    [one] { $count } anúncio
   *[other] { $count } anúncios
}
listings-search-label = Buscar anúncios
listings-search-placeholder = Buscar por título, SKU ou tag  (/)
listings-new = Novo anúncio
# Tooltip of the "New listing" button.
listings-new-hint = Novo anúncio (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = Filtros
listings-filter-state = Status
listings-filter-stock = Estoque
listings-stock-any = Qualquer estoque
listings-stock-in = Em estoque
listings-stock-low = Estoque baixo
listings-stock-out = Sem estoque
listings-filter-currency = Moeda
listings-currency-any = Qualquer moeda
listings-filter-translation = Tradução
listings-translation-any = Qualquer tradução
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = Sem tradução para { $language }
listings-sort = Ordenar por
listings-sort-title = Título
listings-sort-updated = Última atualização
listings-sort-created = Data de criação
listings-sort-stock = Estoque
listings-sort-ascending = Ordem crescente; mudar para decrescente
listings-sort-descending = Ordem decrescente; mudar para crescente
listings-clear-filters = Limpar filtros

## Listing states, as badges and in filters and the editor.

listing-state-draft = Rascunho
listing-state-active = Ativo
listing-state-inactive = Inativo
listing-state-sold-out = Esgotado

## Listings table

listings-table-label = Anúncios
listings-col-title = Título
listings-col-variants = Variações
listings-col-stock = Estoque
listings-col-prices = Preços
listings-col-translations = Traduções
listings-col-updated = Atualizado
listings-untitled = Anúncio sem título
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
    [one] Mais uma moeda
   *[other] Mais { $count } moedas
}
listings-no-price = Sem preço
listings-stock-low-badge = Baixo
listings-stock-out-badge = Esgotado
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }: traduzido
listings-translation-missing = { $language }: sem tradução
listings-loading = Carregando anúncios…
listings-loading-more = Carregando mais…
listings-load-failed = Não foi possível carregar os anúncios.
listings-retry = Tentar novamente

## Listings page: empty states.

listings-empty-title = Nenhum anúncio ainda
listings-empty-body = Um anúncio é um produto que você vende. Dê a ele um título nos idiomas dos seus compradores, adicione variações como tamanhos ou cores e defina um preço em cada moeda em que você vende. Clique em “Novo anúncio” ou pressione Ctrl+N para criar o primeiro.
listings-noresults-title = Nenhum anúncio encontrado
listings-noresults-body = Nada corresponde à sua busca e aos filtros. Tente outras palavras ou limpe os filtros para ver todos os anúncios.

## Toasts after a change on the Listings page.

listings-archived = “{ $title }” arquivado.
listings-restored = “{ $title }” voltou para seus anúncios.
listings-created = Anúncio criado.
listings-saved = Alterações salvas.

## Listing editor: header and actions.

editor-new-title = Novo anúncio
editor-edit-title = Editar anúncio
editor-save = Salvar
editor-saving = Salvando…
editor-saved = Salvo
editor-close = Fechar
editor-archive = Arquivar
editor-unsaved = Alterações não salvas
editor-shortcuts = Ctrl+S salva · Esc fecha
editor-loading = Carregando o anúncio…
editor-load-failed = Não foi possível abrir este anúncio.
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = Atualizado { $when }
editor-not-synced = Ainda não está no marketplace
editor-discard-title = Descartar as alterações?
editor-discard-body = Este anúncio tem alterações não salvas. Se você fechar agora, elas serão perdidas.
editor-discard-confirm = Descartar alterações
editor-discard-keep = Continuar editando

## Listing editor: general section.

editor-section-general = Geral
editor-state = Status
editor-default-locale = Idioma padrão
editor-default-locale-help = Os compradores veem este idioma quando o anúncio não tem texto no idioma deles. Ele precisa ter um título.

## Listing editor: texts per language.

editor-section-texts = Títulos e descrições
editor-texts-tabs = Idiomas
editor-text-complete = traduzido
editor-text-partial = parcialmente traduzido
editor-text-empty = sem tradução
editor-text-default = padrão
editor-text-title = Título
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = Descrição
editor-text-tags = Tags
editor-text-tags-help = Separe as tags com vírgulas, ex.: seda, lenço, verão.

## Listing editor: variants, prices and customs.

editor-section-variants = Variações
editor-variants-help = Cada variação é uma opção que o comprador pode escolher, com SKU, estoque e preços próprios.
editor-col-option = Opção
editor-col-sku = SKU
editor-col-stock = Estoque
editor-col-weight = Peso (g)
editor-col-prices = Preços
# $number counts variants from 1.
editor-variant-label = Variação { $number }
editor-option-name = Nome da opção
editor-option-name-placeholder = Tamanho
editor-option-value = Valor da opção
editor-option-value-placeholder = M
editor-add-option = Adicionar opção
editor-remove-option = Remover opção
editor-price-currency = Moeda
editor-price-amount = Valor
editor-add-price = Adicionar preço
editor-remove-price = Remover o preço em { $currency }
editor-add-variant = Adicionar variação
editor-remove-variant = Remover a variação { $number }
editor-customs = Alfândega
editor-customs-show = Mostrar os dados aduaneiros da variação { $number }
editor-customs-hide = Ocultar os dados aduaneiros da variação { $number }
editor-hs-code = Código HS
editor-hs-code-placeholder = 6214.10
editor-origin-country = País de origem
editor-origin-country-placeholder = CN
editor-customs-description = Descrição aduaneira
editor-customs-description-placeholder = Silk scarf
editor-customs-help = Impresso nos formulários aduaneiros CN22/CN23. Use o código de país de duas letras, por exemplo CN ou VN.

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = Histórico
editor-history-show = Mostrar histórico
editor-history-hide = Ocultar histórico
editor-history-loading = Carregando o histórico…
editor-history-failed = Não foi possível carregar o histórico.
editor-history-empty = Nenhuma alteração registrada ainda.
editor-history-create = Criado
editor-history-update = Editado
editor-history-archive = Arquivado
editor-history-restore = Restaurado
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = no dispositivo { $device }
