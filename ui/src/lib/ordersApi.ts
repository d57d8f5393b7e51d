/** The orders, documents and shipping commands, unwrapped (see api.ts). */
import { unwrap } from './api';
import {
  commands,
  events,
  type OrderCounts,
  type OrderDetail,
  type OrderPage,
  type OrderQuery,
  type PrintProgress,
  type PrintResult,
  type PrintTarget,
  type SdrRate,
  type ShippingSettings,
} from './bindings';

export const ordersApi = {
  listOrders: (query: OrderQuery): Promise<OrderPage> => unwrap(() => commands.listOrders(query)),
  orderCounts: (todayStart: number, todayEnd: number): Promise<OrderCounts> =>
    unwrap(() => commands.orderCounts(todayStart, todayEnd)),
  getOrder: (id: string): Promise<OrderDetail> => unwrap(() => commands.getOrder(id)),
  setOrderTaxId: (id: string, taxId: string): Promise<null> => unwrap(() => commands.setOrderTaxId(id, taxId)),
  shippingSettings: (): Promise<ShippingSettings> => unwrap(() => commands.shippingSettings()),
  setShippingSettings: (s: ShippingSettings): Promise<null> => unwrap(() => commands.setShippingSettings(s)),
  sdrRates: (): Promise<SdrRate[]> => unwrap(() => commands.sdrRates()),
  setSdrRate: (r: SdrRate): Promise<null> => unwrap(() => commands.setSdrRate(r)),
  printOrders: (ids: string[], target: PrintTarget): Promise<PrintResult> =>
    unwrap(() => commands.printOrders(ids, target)),
  printPickList: (ids: string[]): Promise<PrintResult> => unwrap(() => commands.printPickList(ids)),
  cancelPrint: (): Promise<null> => unwrap(() => commands.cancelPrint()),
  openDocument: (fileName: string): Promise<null> => unwrap(() => commands.openDocument(fileName)),
  testPrint: (): Promise<null> => unwrap(() => commands.testPrint()),
  markShipped: (orderId: string, carrier: string, kind: string, tracking: string): Promise<null> =>
    unwrap(() => commands.markShipped(orderId, carrier, kind, tracking)),
  discardRefusedShipment: (orderId: string): Promise<null> =>
    unwrap(() => commands.discardRefusedShipment(orderId)),
  onPrintProgress: (f: (p: PrintProgress) => void): Promise<() => void> =>
    events.printProgress.listen((e) => f(e.payload)),
};
