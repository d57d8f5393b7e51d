//! Orders end to end against the real sandbox: simulated buyers order, the
//! orders sync in, documents print as one PDF, the order is marked shipped and
//! the marketplace has it shipped with the tracking number, exactly once.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::*;
use marketplace_api::dto::{Op, OpAction, OpStatus, OrderState, SimulateRequest, SimulateResponse};
use shopkeeper_core::fulfillment::{
    CarrierSettings, FulfillmentSettings, PrinterSettings, SenderAddress,
};
use shopkeeper_core::*;

fn seller() -> FulfillmentSettings {
    FulfillmentSettings {
        sender: SenderAddress {
            name: "Ateliê Recife".into(),
            street1: "Rua da Aurora, 100".into(),
            district: "Boa Vista".into(),
            city: "Recife".into(),
            region: "PE".into(),
            postal_code: "50050-000".into(),
            country: "BR".into(),
            phone: "+55 81 3000-0000".into(),
            ..SenderAddress::default()
        },
        carrier: CarrierSettings {
            name: "Correios".into(),
            s10_service: "RR".into(),
            s10_country: "BR".into(),
            ..CarrierSettings::default()
        },
        s10_next: 1,
        ..FulfillmentSettings::default()
    }
}

async fn simulate_orders(m: &Market, n: i64) -> Vec<uuid::Uuid> {
    let r: SimulateResponse = m
        .owner
        .call(
            reqwest::Method::POST,
            "/v1/sim/events",
            Some(&SimulateRequest {
                events: n,
                seed: Some(42),
            }),
            &[],
            None,
        )
        .await
        .expect("simulate");
    r.events
        .into_iter()
        .filter(|e| e.kind == "order")
        .map(|e| e.entity_id)
        .collect()
}

/// A connected desktop with one listed bag (`BOLSA-1`, `stock` units) and the
/// orders simulated buyers placed for it, synced in.
async fn shop_with_orders(stock: i64) -> (Market, Desktop, Vec<uuid::Uuid>) {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    a.shop
        .create_listing(&bag("Bolsa de couro", "BOLSA-1", stock))
        .await
        .expect("create");
    a.sync().await;
    let placed = simulate_orders(&m, 12).await;
    assert!(!placed.is_empty(), "the simulated buyers placed no order");
    a.sync().await;
    (m, a, placed)
}

fn today() -> (i64, i64) {
    (0, 1)
}

async fn to_ship(shop: &Shop, search: &str) -> OrderPage {
    let (s, e) = today();
    shop.order_page(&OrderQuery {
        status: OrderStatusFilter::ToShip,
        search: search.into(),
        today_start: s,
        today_end: e,
        limit: 50,
        ..OrderQuery::default()
    })
    .await
    .expect("page")
}

#[tokio::test]
async fn an_order_from_a_simulated_buyer_prints_ships_and_is_shipped_on_the_marketplace_once() {
    let (m, a, placed) = shop_with_orders(50).await;

    // The inbox shows them, searchable by SKU and by order number.
    let page = to_ship(&a.shop, "bolsa-1").await;
    assert_eq!(page.total as usize, placed.len());
    let row = page
        .rows
        .iter()
        .find(|r| r.id == placed[0].to_string())
        .expect("the order is in the inbox");
    assert_eq!(to_ship(&a.shop, &row.number).await.total, 1);
    assert_eq!(to_ship(&a.shop, "no-such-sku").await.total, 0);

    // Without the sender address nothing prints.
    let order_id = row.id.clone();
    let err = a
        .shop
        .print_batch_pdf(
            std::slice::from_ref(&order_id),
            Arc::new(|_, _| {}),
            Arc::new(AtomicBool::new(false)),
        )
        .await
        .expect_err("no sender");
    assert!(
        matches!(err, CoreError::Validation(ref f) if f.iter().any(|f| f.code == "fulfillment-sender-incomplete"))
    );
    a.shop
        .set_fulfillment_settings(&seller())
        .await
        .expect("settings");

    let view = a.shop.order(&order_id).await.expect("order");
    assert!(view.readiness.ready(), "{:?}", view.readiness);

    // One PDF, progress reported, labels recorded with an S10 from the range.
    let seen = Arc::new(AtomicUsize::new(0));
    let s2 = seen.clone();
    let out = a
        .shop
        .print_batch_pdf(
            std::slice::from_ref(&order_id),
            Arc::new(move |done, _| s2.store(done, Ordering::Relaxed)),
            Arc::new(AtomicBool::new(false)),
        )
        .await
        .expect("print");
    assert_eq!(seen.load(Ordering::Relaxed), 1);
    let path = out.path.expect("a PDF");
    let bytes = std::fs::read(&path).expect("pdf on disk");
    assert!(bytes.starts_with(b"%PDF"));
    let view = a.shop.order(&order_id).await.expect("order");
    let label = view.detail.shipment.clone().expect("labelled");
    assert_eq!(label.status, "labelled");
    let tracking = label.tracking_number.clone().expect("tracking");
    assert!(
        tracking.starts_with("RR") && tracking.ends_with("BR"),
        "{tracking}"
    );
    assert_eq!(a.shop.fulfillment_settings().await.expect("s").s10_next, 2);

    // A wrong check digit is refused before anything is written.
    let mut bad = tracking.clone().into_bytes();
    bad[10] = if bad[10] == b'0' { b'1' } else { b'0' };
    let bad = String::from_utf8(bad).expect("ascii");
    let err = a
        .shop
        .mark_shipped(&order_id, "Correios", "post", &bad)
        .await
        .expect_err("bad check digit");
    assert!(matches!(err, CoreError::Validation(ref f) if f[0].code == "tracking-s10-check-digit"));

    // Shipped with the label's tracking: shipping… until sync, then shipped.
    a.shop
        .mark_shipped(&order_id, "Correios", "post", &tracking.to_lowercase())
        .await
        .expect("ship");
    let ops = a.shop.pending_ops().await.expect("ops");
    let op = ops
        .iter()
        .find(|o| o.kind == "shipment.create")
        .expect("the op is in the outbox")
        .clone();
    let s = a
        .shop
        .order(&order_id)
        .await
        .expect("o")
        .detail
        .shipment
        .expect("s");
    assert_eq!((s.status.as_str(), s.confirmed), ("shipped", false));
    assert_eq!(s.id, label.id, "the label's shipment id is kept");
    // A second "mark shipped" is refused while the first is on its way.
    assert!(
        a.shop
            .mark_shipped(&order_id, "Correios", "post", &tracking)
            .await
            .is_err()
    );

    a.sync().await;
    let view = a.shop.order(&order_id).await.expect("order");
    assert_eq!(view.detail.order.status, "shipped");
    let s = view.detail.shipment.expect("shipment");
    assert!(s.confirmed);
    assert_eq!(s.tracking_number.as_deref(), Some(tracking.as_str()));
    assert!(a.shop.pending_ops().await.expect("ops").is_empty());

    let on_market = m.owner.orders().await.expect("orders");
    let o = on_market
        .items
        .iter()
        .find(|o| o.id.to_string() == order_id)
        .expect("order on the marketplace");
    assert_eq!(o.state, OrderState::Shipped);
    assert_eq!(o.shipment_id.map(|u| u.to_string()), Some(label.id.clone()));

    // The same op pushed again (a crash before the result was recorded) is applied once.
    let payload: serde_json::Value = serde_json::from_str(&op.payload).expect("json");
    let action = OpAction::ShipmentCreate {
        order_id: uuid::Uuid::parse_str(&order_id).expect("uuid"),
        shipment: serde_json::from_value(serde_json::json!({
            "id": payload["shipment_id"],
            "carrier": payload["carrier"],
            "carrier_kind": payload["carrier_kind"],
            "tracking_number": payload["tracking_number"],
        }))
        .expect("shipment"),
    };
    let again = m
        .owner
        .push(&[Op {
            op_id: uuid::Uuid::parse_str(&op.op_id).expect("uuid"),
            op_seq: op.op_seq,
            base_version: None,
            action,
        }])
        .await
        .expect("push again");
    assert_eq!(again.results[0].status, OpStatus::Applied);
    let after = m.owner.orders().await.expect("orders");
    let o2 = after
        .items
        .iter()
        .find(|o| o.id.to_string() == order_id)
        .expect("order");
    assert_eq!(o2.shipment_id, o.shipment_id);
    assert_eq!(o2.version, o.version, "the repeated push changed nothing");
}

#[tokio::test]
async fn a_thermal_printer_that_does_not_answer_prints_nothing_and_records_no_label() {
    let (_m, a, placed) = shop_with_orders(500).await;
    // A port nobody listens on: the printer is off.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("addr").to_string();
    drop(closed);
    let mut settings = seller();
    settings.printer = PrinterSettings {
        kind: "tcp".into(),
        address: address.clone(),
        ..PrinterSettings::default()
    };
    a.shop
        .set_fulfillment_settings(&settings)
        .await
        .expect("settings");
    let before = a
        .shop
        .fulfillment_settings()
        .await
        .expect("settings")
        .s10_next;
    let ids: Vec<String> = placed.iter().map(ToString::to_string).collect();
    let err = a
        .shop
        .print_batch_zpl(&ids, Arc::new(|_, _| {}), Arc::new(AtomicBool::new(false)))
        .await
        .expect_err("the printer is off");
    assert!(
        matches!(&err, CoreError::Validation(f) if f.iter().any(|f| f.code == "printer-unreachable")),
        "{err:?}"
    );
    // Nothing half-printed counts: no label, no tracking number used up.
    for id in &ids {
        let o = a.shop.order(id).await.expect("order");
        assert!(o.detail.shipment.is_none(), "{id}: {:?}", o.detail.shipment);
    }
    let after = a
        .shop
        .fulfillment_settings()
        .await
        .expect("settings")
        .s10_next;
    assert_eq!(before, after, "the S10 range is untouched");
}

#[tokio::test]
async fn the_pick_list_sums_each_sku_over_the_selected_orders() {
    let (_m, a, placed) = shop_with_orders(500).await;
    assert!(placed.len() >= 2, "two orders at least: {placed:?}");
    let ids: Vec<String> = placed.iter().map(ToString::to_string).collect();
    let mut units = 0;
    for id in &ids {
        let o = a.shop.order(id).await.expect("order");
        units += o
            .detail
            .lines
            .iter()
            .filter(|l| l.sku == "BOLSA-1")
            .map(|l| l.quantity)
            .sum::<i64>();
    }

    // No sender address or customs needed: a pick list is for the packer.
    let out = a
        .shop
        .print_pick_list(&ids, "pt-BR")
        .await
        .expect("pick list");
    assert_eq!((out.orders, out.pages), (ids.len(), 1));
    let path = out.path.expect("a PDF");
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, scripts/setup.sh --test)");
    let text = String::from_utf8_lossy(&text.stdout);
    let row = text
        .lines()
        .find(|l| l.contains("BOLSA-1"))
        .unwrap_or_else(|| panic!("BOLSA-1 on the pick list:\n{text}"));
    assert_eq!(
        row.matches("BOLSA-1").count(),
        1,
        "one row per SKU: {row:?}"
    );
    assert!(
        row.split_whitespace().any(|w| w == units.to_string()),
        "{units} units summed over {} orders: {row:?}",
        ids.len()
    );
    assert_eq!(text.matches("BOLSA-1").count(), 1, "the SKU once:\n{text}");

    let none = a
        .shop
        .print_pick_list(&[], "pt-BR")
        .await
        .expect_err("empty");
    assert!(matches!(none, CoreError::Validation(_)));
    // Picking changes no order: they are all still to ship, with no label.
    for id in &ids {
        let o = a.shop.order(id).await.expect("order");
        assert!(o.detail.shipment.is_none(), "{id}: {:?}", o.detail.shipment);
    }
}

#[tokio::test]
async fn a_label_cannot_print_while_customs_data_is_missing_and_the_app_lists_what() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let mut input = bag("Carteira", "CART-1", 50);
    input.variants[0].hs_code = None;
    input.variants[0].origin_country = None;
    let listing = a.shop.create_listing(&input).await.expect("create");
    a.sync().await;
    assert!(!simulate_orders(&m, 12).await.is_empty());
    a.sync().await;
    a.shop
        .set_fulfillment_settings(&seller())
        .await
        .expect("settings");
    let page = to_ship(&a.shop, "CART-1").await;
    // Every simulated market but Brazil is abroad for a seller in Recife.
    let abroad = page
        .rows
        .iter()
        .find(|r| r.market != "BR")
        .expect("an order from abroad");
    let view = a.shop.order(&abroad.id).await.expect("order");
    assert!(view.readiness.international);
    let fields: Vec<&str> = view
        .readiness
        .missing
        .iter()
        .map(|m| m.field.as_str())
        .collect();
    assert_eq!(fields, ["hs-code", "origin-country"]);
    assert!(
        view.readiness
            .missing
            .iter()
            .all(|m| m.listing_id.as_deref() == Some(listing.id.as_str())
                && m.sku.as_deref() == Some("CART-1"))
    );
    let err = a
        .shop
        .print_batch_pdf(
            std::slice::from_ref(&abroad.id),
            Arc::new(|_, _| {}),
            Arc::new(AtomicBool::new(false)),
        )
        .await
        .expect_err("blocked");
    assert!(matches!(err, CoreError::Validation(ref f) if f[0].code == "customs-incomplete-order"));
    // Nothing was labelled, no serial was used.
    assert!(
        a.shop
            .order(&abroad.id)
            .await
            .expect("o")
            .detail
            .shipment
            .is_none()
    );
    assert_eq!(a.shop.fulfillment_settings().await.expect("s").s10_next, 1);

    // Fixing the listing unblocks it.
    edit(&a.shop, &listing.id, |i| {
        i.variants[0].hs_code = Some("4202.31".into());
        i.variants[0].origin_country = Some("BR".into());
    })
    .await;
    let view = a.shop.order(&abroad.id).await.expect("order");
    assert!(view.readiness.ready(), "{:?}", view.readiness);
    assert_eq!(view.readiness.form, Some("CN22"));
}

#[tokio::test]
async fn the_inbox_filters_by_market_and_due_date_and_pages_with_a_cursor() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    a.shop
        .create_listing(&bag("Cinto", "CINTO-9", 500))
        .await
        .expect("create");
    a.sync().await;
    let placed = simulate_orders(&m, 60).await;
    a.sync().await;
    let all = to_ship(&a.shop, "").await;
    assert_eq!(all.total as usize, placed.len());
    // Keyset paging walks every order once, in ship-by order.
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let p = a
            .shop
            .order_page(&OrderQuery {
                after: after.clone(),
                limit: 3,
                ..OrderQuery::default()
            })
            .await
            .expect("page");
        seen.extend(p.rows.iter().map(|r| (r.ship_by, r.id.clone())));
        match p.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(seen.len(), placed.len());
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted);
    // Markets partition the orders.
    let markets = a.shop.order_markets().await.expect("markets");
    let mut sum = 0;
    for mk in &markets {
        let p = a
            .shop
            .order_page(&OrderQuery {
                market: Some(mk.clone()),
                limit: 500,
                ..OrderQuery::default()
            })
            .await
            .expect("page");
        assert!(p.rows.iter().all(|r| &r.market == mk));
        sum += p.total;
    }
    assert_eq!(sum as usize, placed.len());
    // Ship-by days: every order is due 3..8 days after it was placed, so none is
    // overdue today, and with "today" moved 10 days ahead all are.
    let now = now_ms();
    let day = 86_400_000;
    let c = a.shop.order_counts(now, now + day).await.expect("counts");
    assert_eq!((c.to_ship as usize, c.overdue), (placed.len(), 0));
    let c = a
        .shop
        .order_counts(now + 10 * day, now + 11 * day)
        .await
        .expect("counts");
    assert_eq!(c.overdue as usize, placed.len());
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
