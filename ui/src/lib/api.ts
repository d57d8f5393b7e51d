/**
 * The core's commands, unwrapped: each resolves with its data or throws an
 * `ApiError` that carries the core's `IpcError` (code, localized message,
 * field errors).
 */
import {
  commands,
  type AppInfo,
  type BatchResult,
  type BatchSummary,
  type BulkAction,
  type BulkSelection,
  type CsvDelimiter,
  type ExportResult,
  type PlanPreview,
  type ChatMessage,
  type DraftAttachment,
  type Conversation,
  type ConversationDetail,
  type ConversationQuery,
  type OwnTemplate,
  type ReplyPreview,
  type ReplyTemplate,
  type ReplyVariable,
  type RuleViolation,
  type ErrorCode,
  type HistoryEntry,
  type IpcError,
  type Listing,
  type ListingDraft,
  type ListingPage,
  type ListingQuery,
  type Conflict,
  type Notice,
  type Onboarding,
  type SyncStatus,
} from './bindings';

type CommandResult<T> = { status: 'ok'; data: T } | { status: 'error'; error: IpcError };

const CODES: readonly ErrorCode[] = [
  'validation',
  'not-found',
  'shop-file',
  'storage',
  'changed',
  'keychain',
  'marketplace',
  'internal',
];

export class ApiError extends Error {
  readonly ipc: IpcError;

  constructor(ipc: IpcError) {
    super(ipc.message);
    this.name = 'ApiError';
    this.ipc = ipc;
  }

  get code(): ErrorCode {
    return this.ipc.code;
  }
}

/**
 * Anything a command rejected with, as an `IpcError`. The core always sends
 * one; Tauri itself rejects with a plain string (e.g. a missing command),
 * which becomes an `internal` error with `fallbackMessage`.
 */
export function toIpcError(raw: unknown, fallbackMessage: string): IpcError {
  if (raw && typeof raw === 'object') {
    const r = raw as Partial<IpcError>;
    if (typeof r.code === 'string' && CODES.includes(r.code) && typeof r.message === 'string') {
      const fields = Array.isArray(r.fields)
        ? r.fields.filter(
            (f): f is IpcError['fields'][number] =>
              !!f && typeof f.field === 'string' && typeof f.message === 'string' && typeof f.code === 'string',
          )
        : [];
      return { code: r.code, message: r.message, fields };
    }
  }
  if (raw instanceof Error) console.error(raw);
  else console.error('command failed:', raw);
  return { code: 'internal', message: fallbackMessage, fields: [] };
}

let internalMessage = 'Something went wrong inside Shopkeeper.';

/** The localized text used when the failure did not come from the core. */
export function setInternalErrorMessage(message: string): void {
  internalMessage = message;
}

export async function unwrap<T>(call: () => Promise<CommandResult<T>>): Promise<T> {
  let result: CommandResult<T>;
  try {
    result = await call();
  } catch (e) {
    throw new ApiError(toIpcError(e, internalMessage));
  }
  if (result.status === 'ok') return result.data;
  throw new ApiError(toIpcError(result.error, internalMessage));
}

export const api = {
  appInfo: (): Promise<AppInfo> => unwrap(() => commands.appInfo()),
  setLocale: (locale: string): Promise<AppInfo> => unwrap(() => commands.setLocale(locale)),
  listListings: (query: ListingQuery): Promise<ListingPage> => unwrap(() => commands.listListings(query)),
  getListing: (id: string): Promise<Listing> => unwrap(() => commands.getListing(id)),
  createListing: (draft: ListingDraft): Promise<Listing> => unwrap(() => commands.createListing(draft)),
  updateListing: (id: string, draft: ListingDraft, baseRev: number | null): Promise<Listing> =>
    unwrap(() => commands.updateListing(id, draft, baseRev)),
  adjustStock: (variantId: string, delta: number, reason: string): Promise<Listing> =>
    unwrap(() => commands.adjustStock(variantId, delta, reason)),
  syncStatus: (): Promise<SyncStatus> => unwrap(() => commands.syncStatus()),
  syncNow: (): Promise<SyncStatus> => unwrap(() => commands.syncNow()),
  setSyncPaused: (paused: boolean): Promise<SyncStatus> => unwrap(() => commands.setSyncPaused(paused)),
  connectMarketplace: (url: string, email: string, password: string): Promise<SyncStatus> =>
    unwrap(() => commands.connectMarketplace(url, email, password)),
  startDemoMarketplace: (): Promise<SyncStatus> => unwrap(() => commands.startDemoMarketplace()),
  signOut: (): Promise<boolean> => unwrap(() => commands.signOut()),
  onboarding: (): Promise<Onboarding> => unwrap(() => commands.onboarding()),
  loadSampleShop: (): Promise<null> => unwrap(() => commands.loadSampleShop()),
  finishOnboarding: (): Promise<null> => unwrap(() => commands.finishOnboarding()),
  listConflicts: (): Promise<Conflict[]> => unwrap(() => commands.listConflicts()),
  resolveConflict: (opId: string, keepMine: boolean): Promise<null> =>
    unwrap(() => commands.resolveConflict(opId, keepMine)),
  listNotices: (): Promise<Notice[]> => unwrap(() => commands.listNotices()),
  resolveNotice: (id: number, useMine: boolean): Promise<null> => unwrap(() => commands.resolveNotice(id, useMine)),
  setListingArchived: (id: string, archived: boolean): Promise<Listing> =>
    unwrap(() => commands.setListingArchived(id, archived)),
  listingHistory: (id: string): Promise<HistoryEntry[]> => unwrap(() => commands.listingHistory(id)),
  // Bulk edit, CSV and batches (null = cancelled).
  planBulkEdit: (selection: BulkSelection, action: BulkAction): Promise<PlanPreview | null> =>
    unwrap(() => commands.planBulkEdit(selection, action)),
  applyPlan: (planId: string): Promise<BatchResult> => unwrap(() => commands.applyPlan(planId)),
  undoBatch: (batchId: string): Promise<BatchResult> => unwrap(() => commands.undoBatch(batchId)),
  recentBatches: (limit: number): Promise<BatchSummary[]> => unwrap(() => commands.recentBatches(limit)),
  cancelTask: (task: string): Promise<void> => commands.cancelTask(task),
  pickCsvFile: (save: boolean, fileName: string | null): Promise<string | null> =>
    unwrap(() => commands.pickCsvFile(save, fileName)),
  defaultCsvDelimiter: (): Promise<CsvDelimiter> => commands.defaultCsvDelimiter(),
  exportCsv: (path: string, delimiter: CsvDelimiter | null): Promise<ExportResult> =>
    unwrap(() => commands.exportCsv(path, delimiter)),
  planCsvImport: (path: string): Promise<PlanPreview | null> => unwrap(() => commands.planCsvImport(path)),
  listConversations: (query: ConversationQuery): Promise<Conversation[]> =>
    unwrap(() => commands.listConversations(query)),
  openConversation: (id: string): Promise<ConversationDetail> => unwrap(() => commands.openConversation(id)),
  setConversationDone: (id: string, done: boolean): Promise<null> =>
    unwrap(() => commands.setConversationDone(id, done)),
  unreadMessages: (): Promise<number> => unwrap(() => commands.unreadMessages()),
  checkReply: (text: string): Promise<RuleViolation[]> => unwrap(() => commands.checkReply(text)),
  sendMessage: (conversationId: string, body: string, attachments: string[] = []): Promise<ChatMessage> =>
    unwrap(() => commands.sendMessage(conversationId, body, attachments)),
  prepareAttachmentData: (name: string, data: string): Promise<DraftAttachment> =>
    unwrap(() => commands.prepareAttachmentData(name, data)),
  prepareAttachmentPath: (path: string): Promise<DraftAttachment> =>
    unwrap(() => commands.prepareAttachmentPath(path)),
  discardAttachment: (id: string): Promise<null> => unwrap(() => commands.discardAttachment(id)),
  retryMessage: (id: string): Promise<ChatMessage> => unwrap(() => commands.retryMessage(id)),
  listReplyTemplates: (): Promise<ReplyTemplate[]> => unwrap(() => commands.listReplyTemplates()),
  previewReply: (templateId: string, conversationId: string, vars: ReplyVariable[]): Promise<ReplyPreview> =>
    unwrap(() => commands.previewReply(templateId, conversationId, vars)),
  ownReplyTemplates: (): Promise<OwnTemplate[]> => unwrap(() => commands.ownReplyTemplates()),
  saveReplyTemplate: (template: OwnTemplate): Promise<null> => unwrap(() => commands.saveReplyTemplate(template)),
  deleteReplyTemplate: (id: string): Promise<null> => unwrap(() => commands.deleteReplyTemplate(id)),
  openLink: (href: string): Promise<null> => unwrap(() => commands.openLink(href)),
};

/** The IpcError behind any thrown value. */
export function ipcErrorOf(e: unknown): IpcError {
  return e instanceof ApiError ? e.ipc : toIpcError(e, internalMessage);
}
