## Edição em massa: selecionar muitos anúncios, alterá-los num só lote, desfazer.

bulk-selected = { $count ->
    [one] { $count } anúncio selecionado
   *[other] { $count } anúncios selecionados
}
bulk-select-all-matching = Selecionar todos os { $count } encontrados
bulk-clear-selection = Limpar seleção
bulk-select-row = Selecionar { $title }
bulk-select-loaded = Selecionar todos os anúncios carregados
bulk-edit = Editar selecionados…
bulk-title = { $count ->
    [one] Editar { $count } anúncio
   *[other] Editar { $count } anúncios
}
bulk-action = Alterar
bulk-action-price-percent = Preços por porcentagem
bulk-action-price-amount = Preços por um valor
bulk-action-set-stock = Definir estoque como
bulk-action-add-stock = Somar ao estoque
bulk-action-add-tags = Adicionar tags
bulk-action-remove-tags = Remover tags
bulk-action-set-state = Status
bulk-action-set-text = Uma tradução
bulk-percent = Porcentagem
bulk-percent-hint = Use o sinal de menos para baixar preços, por exemplo -15.
bulk-amount = Valor
bulk-direction = Sentido
bulk-direction-increase = Aumentar
bulk-direction-decrease = Diminuir
bulk-currency = Moeda
bulk-currency-all = Todas as moedas
bulk-rounding = Arredondamento por moeda
bulk-rounding-none = Exato
bulk-rounding-to99 = Para ,99
bulk-rounding-to90 = Para ,90
bulk-rounding-whole = Unidades inteiras
bulk-rounding-hundreds = Centenas inteiras
bulk-stock-value = Unidades
bulk-stock-hint = Somar um número negativo retira estoque.
bulk-tags = Tags, separadas por vírgulas
bulk-locale = Idioma
bulk-text-field = Campo
bulk-field-title = Título
bulk-field-description = Descrição
bulk-text-value = Novo texto
bulk-preview = Pré-visualizar alterações
bulk-working = Calculando as alterações…
bulk-count-new = Novos
bulk-count-changed = Alterados
bulk-count-unchanged = Sem alteração
bulk-count-skipped = Ignorados
bulk-count-invalid = Inválidos
bulk-col-listing = Anúncio
bulk-col-variant = Variação
bulk-col-field = Campo
bulk-col-before = Antes
bulk-col-after = Depois
bulk-more-lines = …e mais { $count } alterações
bulk-skipped-title = Mantidos como estão, porque a alteração violaria uma regra
bulk-no-changes = Nada a alterar: os anúncios selecionados já estão assim.
bulk-apply = { $count ->
    [one] Aplicar a { $count } anúncio
   *[other] Aplicar a { $count } anúncios
}
bulk-saving = Salvando…
bulk-cancel = Cancelar
bulk-close = Fechar
bulk-back = Voltar
bulk-applied = { $count ->
    [one] { $count } anúncio alterado.
   *[other] { $count } anúncios alterados.
}
bulk-undone = { $count ->
    [one] Desfeito: { $count } anúncio restaurado.
   *[other] Desfeito: { $count } anúncios restaurados.
}
bulk-cancelled = Cancelado: nada foi alterado.
bulk-progress = { $done } de { $total }
bulk-phase-load = Carregando anúncios…
bulk-phase-parse = Lendo o arquivo…
bulk-phase-check = Verificando…
bulk-phase-save = Salvando…
bulk-field-state = Status
bulk-field-stock = Estoque
bulk-field-price = Preço ({ $currency })
bulk-field-tags = Tags ({ $language })
bulk-field-title-in = Título ({ $language })
bulk-field-description-in = Descrição ({ $language })
bulk-field-listing = Novo anúncio
bulk-field-variant = Variação
bulk-field-archived = Arquivado
bulk-field-other = { $field }

error-bulk-percent-range = A porcentagem deve ser maior que -100 e no máximo 1000.
error-bulk-percent-malformed = Digite a porcentagem como número, por exemplo 10 ou -12.5.
error-bulk-rounding-unsupported = { $currency } não tem centavos: arredonde para unidades inteiras.
error-bulk-tags-empty = Digite pelo menos uma tag.
error-bulk-listing-changed = “{ $title }” mudou depois da pré-visualização. Pré-visualize de novo.
error-bulk-undo-listing-changed = “{ $title }” foi editado depois desta alteração, por isso ela não pode ser desfeita.
error-bulk-already-undone = Esta alteração já foi desfeita.
