## Photos in the listing editor.

photos-heading = Fotos
photos-save-first = Salve o anúncio primeiro e depois adicione as fotos.
photos-empty = Solte as fotos aqui ou escolha-as em Adicionar fotos. JPEG, PNG ou WebP, até 40 MB cada.
photos-add = Adicionar fotos…
photos-drop-hint = Solte as fotos para adicioná-las a este anúncio
photos-paths-toggle = Importar de caminhos de arquivo
photos-paths-label = Caminhos de arquivo, um por linha
photos-paths-import = Importar
photos-progress = Adicionando a foto { $done } de { $total }…
photos-imported = { $count ->
    [one] { $count } foto adicionada
   *[other] { $count } fotos adicionadas
}
photos-gps-removed = Localização removida de { $names }. Os compradores nunca veem onde uma foto foi tirada.
photos-failed-heading = Estes arquivos não foram adicionados:
photos-primary = Principal
photos-make-primary = Tornar principal
photos-move-earlier = Mover para antes
photos-move-later = Mover para depois
photos-remove = Remover foto
photos-removed = Foto removida
photos-reorder-hint = Arraste as fotos para reordená-las, ou selecione uma e pressione Alt+← ou Alt+→. A foto principal aparece primeiro no marketplace.
photos-thumb-alt = Foto { $position }: { $name }
photos-dismiss = Fechar

error-photo-empty = { $name } é um arquivo vazio.
error-photo-too-large = { $name } é grande demais ({ $size } bytes); uma foto pode ter no máximo { $max_size } bytes.
error-photo-too-many-pixels = { $name } tem { $width }×{ $height } pixels; uma foto pode ter no máximo { $max_side } pixels de cada lado.
error-photo-unsupported-format = { $name } não é uma foto JPEG, PNG ou WebP (parece ser { $format }). Exporte como JPEG e adicione de novo.
error-photo-truncated = { $name } está incompleto: o arquivo termina antes da imagem. Copie-o de novo da câmera ou do celular.
error-photo-corrupt = { $name } está danificado e não pode ser lido.
error-photo-encode-failed = Não foi possível processar { $name }.
error-photo-unreadable = Não foi possível ler { $name } do disco.
error-photo-too-many = { $name } não foi adicionado: um anúncio comporta no máximo { $max } fotos.
error-photos-order-stale = As fotos mudaram nesse meio-tempo. Reabra o anúncio e tente de novo.
