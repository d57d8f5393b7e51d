//! sync.md T6 (model-based convergence) and T10 (clock skew).
//!
//! T6: proptest generates programs of 2–5 desktops making random offline
//! edits (title, price, stock count, stock movement, create, archive),
//! syncing, restarting (the shop file re-opened) and changing their clocks by
//! up to ±24 h. A reference model plays the marketplace's rules (sync.md's
//! conflict table) in the order the desktops push. After quiescence every
//! replica and the marketplace equal the model, stock is initial + accepted
//! movements and never negative, and every op the model says was refused is
//! in that desktop's conflict inbox (and nothing else is).
//!
//! `PROPTEST_CASES` raises the number of programs (default 6, ~debug < 60 s);
//! `SYNC_MODEL_SEED` replays one run (the seed is printed on failure).

mod common;

use std::collections::{HashMap, HashSet};

use common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use shopkeeper_core::*;

#[derive(Debug, Clone)]
enum Act {
    Title { d: usize, l: usize, v: u8 },
    Price { d: usize, l: usize, v: u8 },
    StockSet { d: usize, l: usize, v: u8 },
    Adjust { d: usize, l: usize, delta: i8 },
    Archive { d: usize, l: usize },
    Create { d: usize },
    Sync { d: usize },
    Restart { d: usize },
    Skew { d: usize, hours: i8 },
}

fn act() -> impl Strategy<Value = Act> {
    let d = 0usize..5;
    let l = 0usize..8;
    prop_oneof![
        4 => (d.clone(), l.clone(), 0u8..4).prop_map(|(d, l, v)| Act::Title { d, l, v }),
        3 => (d.clone(), l.clone(), 0u8..4).prop_map(|(d, l, v)| Act::Price { d, l, v }),
        2 => (d.clone(), l.clone(), 0u8..12).prop_map(|(d, l, v)| Act::StockSet { d, l, v }),
        4 => (d.clone(), l.clone(), -6i8..6).prop_map(|(d, l, delta)| Act::Adjust { d, l, delta }),
        1 => (d.clone(), l.clone()).prop_map(|(d, l)| Act::Archive { d, l }),
        1 => d.clone().prop_map(|d| Act::Create { d }),
        5 => d.clone().prop_map(|d| Act::Sync { d }),
        1 => d.clone().prop_map(|d| Act::Restart { d }),
        1 => (d, -24i8..=24).prop_map(|(d, hours)| Act::Skew { d, hours }),
    ]
}

const INITIAL_STOCK: i64 = 6;
const PRICES: [i64; 4] = [10000, 12000, 15000, 18000];

/// The marketplace's side of a listing, as the model expects it.
#[derive(Debug, Clone)]
struct MListing {
    id: String,
    variant: String,
    title: String,
    brl: i64,
    stock: i64,
    initial: i64,
    state: &'static str,
    /// How many price changes the marketplace applied (its prices_version).
    price_changes: u64,
    on_server: bool,
}

#[derive(Debug, Clone)]
enum MOp {
    Create,
    Title(String),
    Price(i64),
    StockSet { value: i64, expected: i64 },
    Adjust(i64),
    Archive,
}

#[derive(Debug, Default)]
struct MDesk {
    queue: Vec<(usize, String, MOp)>,
    /// Listings this desktop has (pulled or created here).
    known: HashSet<usize>,
    /// Price changes of each listing when this desktop last pulled.
    seen_prices: HashMap<usize, u64>,
    inbox: HashSet<String>,
    skew_ms: i64,
}

struct Model {
    listings: Vec<MListing>,
    desks: Vec<MDesk>,
    accepted_deltas: HashMap<usize, i64>,
    /// Listings whose count was set (their stock is not initial + movements).
    counted: HashSet<usize>,
}

impl Model {
    /// The marketplace applies desktop `d`'s queue in op order.
    fn push(&mut self, d: usize) {
        let queue = std::mem::take(&mut self.desks[d].queue);
        // Own price chain: after an own applied price op, later ones are
        // rebased on the version it produced.
        let mut chain: HashMap<usize, u64> = HashMap::new();
        for (l, op_id, op) in queue {
            let desk = &mut self.desks[d];
            let m = &mut self.listings[l];
            let refused = match op {
                MOp::Create => {
                    m.on_server = true;
                    chain.insert(l, m.price_changes);
                    false
                }
                MOp::Title(t) => {
                    m.title = t;
                    false
                }
                MOp::Archive => {
                    m.state = "inactive";
                    false
                }
                MOp::Price(a) => {
                    let base = chain
                        .get(&l)
                        .copied()
                        .unwrap_or_else(|| desk.seen_prices.get(&l).copied().unwrap_or(0));
                    if m.price_changes > base {
                        true
                    } else {
                        m.brl = a;
                        m.price_changes += 1;
                        chain.insert(l, m.price_changes);
                        false
                    }
                }
                MOp::StockSet { value, expected } => {
                    if m.stock == expected {
                        m.stock = value;
                        self.counted.insert(l);
                        false
                    } else {
                        true
                    }
                }
                MOp::Adjust(delta) => {
                    if m.stock + delta >= 0 {
                        m.stock += delta;
                        *self.accepted_deltas.entry(l).or_default() += delta;
                        false
                    } else {
                        true
                    }
                }
            };
            if refused {
                desk.inbox.insert(op_id);
            }
        }
    }

    fn pulled(&mut self, d: usize) {
        for (i, m) in self.listings.iter().enumerate() {
            if m.on_server {
                self.desks[d].known.insert(i);
                self.desks[d].seen_prices.insert(i, m.price_changes);
            }
        }
    }
}

async fn new_ops(shop: &Shop, before: &HashSet<String>) -> Vec<PendingOp> {
    shop.pending_ops()
        .await
        .expect("ops")
        .into_iter()
        .filter(|o| !before.contains(&o.op_id))
        .collect()
}

async fn op_ids(shop: &Shop) -> HashSet<String> {
    shop.pending_ops()
        .await
        .expect("ops")
        .into_iter()
        .map(|o| o.op_id)
        .collect()
}

fn brl(l: &Listing) -> i64 {
    amount(l, "BRL").expect("BRL price")
}

async fn run_program(n: usize, acts: Vec<Act>) {
    let m = market(|_| {}).await;
    let mut desks: Vec<Desktop> = Vec::new();
    for _ in 0..n {
        desks.push(desktop(&m).await);
    }
    let mut model = Model {
        listings: Vec::new(),
        desks: (0..n).map(|_| MDesk::default()).collect(),
        accepted_deltas: HashMap::new(),
        counted: HashSet::new(),
    };
    for i in 0..2 {
        let l = desks[0]
            .shop
            .create_listing(&bag(
                &format!("Bolsa {i}"),
                &format!("M-{i}"),
                INITIAL_STOCK,
            ))
            .await
            .expect("create");
        model.listings.push(MListing {
            id: l.id.clone(),
            variant: l.variants[0].id.clone(),
            title: format!("Bolsa {i}"),
            brl: brl(&l),
            stock: INITIAL_STOCK,
            initial: INITIAL_STOCK,
            state: "active",
            price_changes: 0,
            on_server: false,
        });
        let op = new_ops(&desks[0].shop, &HashSet::new()).await;
        model.desks[0]
            .queue
            .push((i, op.last().expect("op").op_id.clone(), MOp::Create));
        model.desks[0].known.insert(i);
    }
    desks[0].sync().await;
    model.push(0);
    model.pulled(0);
    for (d, desk) in desks.iter().enumerate().skip(1) {
        desk.sync().await;
        model.pulled(d);
    }

    let mut sku = 0;
    for a in acts {
        let d = match &a {
            Act::Title { d, .. }
            | Act::Price { d, .. }
            | Act::StockSet { d, .. }
            | Act::Adjust { d, .. }
            | Act::Archive { d, .. }
            | Act::Create { d }
            | Act::Sync { d }
            | Act::Restart { d }
            | Act::Skew { d, .. } => *d % n,
        };
        let pick = |l: usize, model: &Model| -> Option<usize> {
            let mut known: Vec<usize> = model.desks[d].known.iter().copied().collect();
            known.sort_unstable();
            (!known.is_empty()).then(|| known[l % known.len()])
        };
        let shop = &desks[d].shop;
        let before = op_ids(shop).await;
        let (l, mop) = match a {
            Act::Title { l, v, .. } => {
                let Some(l) = pick(l, &model) else { continue };
                let t = format!("Título {v}");
                let t2 = t.clone();
                edit(shop, &model.listings[l].id, |i| i.texts[0].title = t2).await;
                (l, MOp::Title(t))
            }
            Act::Price { l, v, .. } => {
                let Some(l) = pick(l, &model) else { continue };
                let cents = PRICES[v as usize % PRICES.len()];
                let amount = format!("{}.{:02}", cents / 100, cents % 100);
                edit(shop, &model.listings[l].id, |i| {
                    i.variants[0].prices[0].amount = amount
                })
                .await;
                (l, MOp::Price(cents))
            }
            Act::StockSet { l, v, .. } => {
                let Some(l) = pick(l, &model) else { continue };
                // A count of 0 also marks the listing sold out (a second
                // op); the model keeps to counts above zero.
                let v = v + 1;
                edit(shop, &model.listings[l].id, |i| {
                    i.variants[0].stock = v.to_string()
                })
                .await;
                let ops = new_ops(shop, &before).await;
                let Some(op) = ops.first() else { continue };
                let p: serde_json::Value = serde_json::from_str(&op.payload).expect("payload");
                let expected = p["expected"]
                    .as_i64()
                    .unwrap_or_else(|| panic!("stock.set payload {p}"));
                (
                    l,
                    MOp::StockSet {
                        value: i64::from(v),
                        expected,
                    },
                )
            }
            Act::Adjust { l, delta, .. } => {
                let Some(l) = pick(l, &model) else { continue };
                if delta == 0 {
                    continue;
                }
                let r = shop
                    .adjust_stock(&model.listings[l].variant, i64::from(delta), "correction")
                    .await;
                if r.is_err() {
                    // Refused on the desktop: it would go below zero here.
                    let view = shop.listing(&model.listings[l].id).await.expect("l");
                    assert!(view.variants[0].stock + i64::from(delta) < 0, "{r:?}");
                    continue;
                }
                (l, MOp::Adjust(i64::from(delta)))
            }
            Act::Archive { l, .. } => {
                let Some(l) = pick(l, &model) else { continue };
                shop.set_archived(&model.listings[l].id, true)
                    .await
                    .expect("archive");
                (l, MOp::Archive)
            }
            Act::Create { .. } => {
                sku += 1;
                let title = format!("Nova {sku}");
                let created = shop
                    .create_listing(&bag(&title, &format!("N-{sku}"), 2))
                    .await
                    .expect("create");
                model.listings.push(MListing {
                    id: created.id.clone(),
                    variant: created.variants[0].id.clone(),
                    title,
                    brl: brl(&created),
                    stock: 2,
                    initial: 2,
                    state: "active",
                    price_changes: 0,
                    on_server: false,
                });
                let l = model.listings.len() - 1;
                model.desks[d].known.insert(l);
                (l, MOp::Create)
            }
            Act::Sync { .. } => {
                desks[d].sync().await;
                model.push(d);
                model.pulled(d);
                continue;
            }
            Act::Restart { .. } => {
                desks[d].restart().await;
                desks[d].shop.set_clock_offset_ms(model.desks[d].skew_ms);
                continue;
            }
            Act::Skew { hours, .. } => {
                let ms = i64::from(hours) * 3_600_000;
                model.desks[d].skew_ms = ms;
                desks[d].shop.set_clock_offset_ms(ms);
                continue;
            }
        };
        let ops = new_ops(&desks[d].shop, &before).await;
        match ops.len() {
            0 => {} // the edit changed nothing on this desktop
            1 => model.desks[d].queue.push((l, ops[0].op_id.clone(), mop)),
            k => panic!("one edit made {k} ops: {ops:?}"),
        }
    }

    // Quiescence: everyone pushes, then everyone pulls everything.
    for (d, desk) in desks.iter().enumerate() {
        desk.sync().await;
        model.push(d);
    }
    for desk in &desks {
        desk.sync().await;
    }

    for (i, ml) in model.listings.iter().enumerate() {
        assert!(ml.on_server);
        assert!(ml.stock >= 0, "never negative");
        if !model.counted.contains(&i) {
            let accepted = model.accepted_deltas.get(&i).copied().unwrap_or(0);
            assert_eq!(
                ml.stock,
                ml.initial + accepted,
                "initial + accepted movements"
            );
        }
        let server = m
            .owner
            .get_listing(uuid::Uuid::parse_str(&ml.id).expect("uuid"))
            .await
            .expect("server listing");
        let (base, stock) = shopkeeper_sync::wire::listing_from_wire(&server);
        let want = (ml.title.clone(), ml.brl, ml.stock, ml.state.to_owned());
        let got = (
            base.listing.texts[0].title.clone(),
            brl(&base.listing),
            stock[0].stock,
            base.listing.state.as_str().to_owned(),
        );
        assert_eq!(got, want, "marketplace vs model for {}", ml.id);
        for (d, desk) in desks.iter().enumerate() {
            let v = desk.shop.listing(&ml.id).await.expect("view");
            let got = (
                v.texts[0].title.clone(),
                brl(&v),
                v.variants[0].stock,
                v.state.as_str().to_owned(),
            );
            assert_eq!(got, want, "desktop {d} vs model for {}", ml.id);
        }
    }
    for (d, desk) in desks.iter().enumerate() {
        assert!(desk.shop.pending_ops().await.expect("p").is_empty());
        let inbox: HashSet<String> = desk
            .shop
            .conflicts()
            .await
            .expect("c")
            .into_iter()
            .map(|c| c.op_id)
            .collect();
        assert_eq!(inbox, model.desks[d].inbox, "desktop {d}'s conflict inbox");
        assert_eq!(desk.shop.integrity_check().await.expect("ic"), "ok");
    }
}

fn seed() -> u64 {
    std::env::var("SYNC_MODEL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(7)
        })
}

#[test]
fn t6_replicas_converge_to_the_model() {
    let cases: u32 = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let seed = seed();
    eprintln!("T6: {cases} programs, SYNC_MODEL_SEED={seed}");
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        max_shrink_iters: 64,
        max_shrink_time: 120_000,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let strategy = (2usize..=5, proptest::collection::vec(act(), 5..30));
    let result = runner.run(&strategy, |(n, acts)| {
        rt.block_on(run_program(n, acts));
        Ok(())
    });
    if let Err(e) = result {
        panic!("T6 failed (replay with SYNC_MODEL_SEED={seed}): {e}");
    }
}

/// T10: device clocks wrong by ±24 h and jumping backwards do not change
/// the order of anything: the outbox pushes in `op_seq` order and the
/// marketplace's order decides, exactly as with correct clocks.
#[tokio::test]
async fn t10_clock_skew_and_backwards_jumps_do_not_reorder_anything() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Relógio", "T10-1", 10))
        .await
        .expect("create");
    a.sync().await;
    b.sync().await;

    // A is a day fast, B a day slow. A edits first, B later: B's edit wins
    // (the marketplace's order), although A's clock says A edited last.
    a.shop.set_clock_offset_ms(24 * 3_600_000);
    b.shop.set_clock_offset_ms(-24 * 3_600_000);
    edit(&a.shop, &l.id, |i| i.texts[0].title = "Relógio A".into()).await;
    a.sync().await;
    edit(&b.shop, &l.id, |i| i.texts[0].title = "Relógio B".into()).await;
    b.sync().await;
    a.sync().await;
    for d in [&a, &b] {
        assert_eq!(
            d.shop.listing(&l.id).await.expect("l").texts[0].title,
            "Relógio B"
        );
    }

    // On one desktop the clock jumps backwards between edits: the later edit
    // still wins, and the queue keeps the order the edits were made in.
    a.shop.set_clock_offset_ms(0);
    edit(&a.shop, &l.id, |i| i.texts[0].title = "Relógio 1".into()).await;
    a.shop.set_clock_offset_ms(-24 * 3_600_000);
    edit(&a.shop, &l.id, |i| i.texts[0].title = "Relógio 2".into()).await;
    a.shop
        .adjust_stock(&l.variants[0].id, -4, "sold")
        .await
        .expect("sold");
    a.shop.set_clock_offset_ms(-48 * 3_600_000);
    edit(&a.shop, &l.id, |i| i.variants[0].stock = "3".into()).await;
    a.shop.set_clock_offset_ms(12 * 3_600_000);
    edit(&a.shop, &l.id, |i| i.texts[0].title = "Relógio 3".into()).await;
    let ops = a.shop.pending_ops().await.expect("ops");
    let kinds: Vec<&str> = ops.iter().map(|o| o.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "listing.patch",
            "listing.patch",
            "stock.adjust",
            "stock.set",
            "listing.patch"
        ]
    );
    assert!(ops.windows(2).all(|w| w[0].op_seq < w[1].op_seq));
    // The device stamps went backwards by days (kept for display only);
    // the queue order did not follow them.
    let history = a.shop.listing_history(&l.id).await.expect("history");
    let (lo, hi) = history.iter().fold((i64::MAX, i64::MIN), |(lo, hi), h| {
        (lo.min(h.at), hi.max(h.at))
    });
    assert!(
        hi - lo > 60 * 3_600_000,
        "skewed stamps recorded: {lo} .. {hi}"
    );
    a.sync().await;
    b.sync().await;
    for d in [&a, &b] {
        let v = d.shop.listing(&l.id).await.expect("l");
        assert_eq!(v.texts[0].title, "Relógio 3");
        // 10 - 4 = 6, then the count set to 3 (expected 6): applied in order.
        assert_eq!(v.variants[0].stock, 3);
    }
    assert!(a.shop.conflicts().await.expect("c").is_empty());
    let server = m
        .owner
        .get_listing(uuid::Uuid::parse_str(&l.id).expect("u"))
        .await
        .expect("get");
    assert_eq!(server.variants[0].stock, 3);

    // The same edits with correct clocks give the same result.
    let c = desktop(&m).await;
    c.sync().await;
    edit(&c.shop, &l.id, |i| i.texts[0].title = "Relógio 4".into()).await;
    c.sync().await;
    a.shop.set_clock_offset_ms(0);
    a.sync().await;
    assert_eq!(
        a.shop.listing(&l.id).await.expect("l").texts[0].title,
        "Relógio 4"
    );
}
