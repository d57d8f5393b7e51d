/** The disputes commands, unwrapped (see api.ts). */
import { unwrap } from './api';
import { commands, type Dispute, type DisputeAnswer, type DisputeCounts } from './bindings';

export const disputesApi = {
  listDisputes: (unresolvedOnly: boolean): Promise<Dispute[]> => unwrap(() => commands.listDisputes(unresolvedOnly)),
  disputeCounts: (): Promise<DisputeCounts> => unwrap(() => commands.disputeCounts()),
  orderDisputes: (orderId: string): Promise<Dispute[]> => unwrap(() => commands.orderDisputes(orderId)),
  pickEvidencePhotos: (): Promise<string[]> => unwrap(() => commands.pickEvidencePhotos()),
  respondDispute: (id: string, answer: DisputeAnswer): Promise<Dispute> =>
    unwrap(() => commands.respondDispute(id, answer)),
};
