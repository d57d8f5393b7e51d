/** Size chart and translation commands, unwrapped like `lib/api`. */
import { unwrap } from '../../lib/api';
import {
  commands,
  type Listing,
  type ListingText,
  type OptionSizeChart,
  type SizeChart,
  type SizeChartDraft,
  type SizePreview,
  type TranslationOverview,
} from '../../lib/bindings';

export const sizesApi = {
  list: (): Promise<SizeChart[]> => unwrap(() => commands.listSizeCharts()),
  save: (id: string | null, draft: SizeChartDraft): Promise<SizeChart> =>
    unwrap(() => commands.saveSizeChart(id, draft)),
  remove: (id: string): Promise<null> => unwrap(() => commands.deleteSizeChart(id)),
  templates: (): Promise<string[]> => commands.sizeChartTemplates(),
  template: (key: string, name: string, unit: string): Promise<SizeChartDraft> =>
    unwrap(() => commands.sizeChartTemplate(key, name, unit)),
  preview: (id: string, market: string): Promise<SizePreview> => unwrap(() => commands.sizeChartPreview(id, market)),
  ofListing: (listingId: string): Promise<OptionSizeChart[]> => unwrap(() => commands.listingSizeCharts(listingId)),
  attach: (listingId: string, option: string, chartId: string | null): Promise<OptionSizeChart[]> =>
    unwrap(() => commands.setListingSizeChart(listingId, option, chartId)),
};

export const translationsApi = {
  overview: (): Promise<TranslationOverview> => unwrap(() => commands.translationOverview()),
  save: (listingId: string, text: ListingText): Promise<Listing> =>
    unwrap(() => commands.setTranslation(listingId, text)),
};
