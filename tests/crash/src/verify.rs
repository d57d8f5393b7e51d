//! The pass criteria of T1, checked on a drained client against the journal
//! and the marketplace:
//!
//! - every edit the journal says returned (`done`) is committed in the shop
//!   file (its audit entry, written in the same transaction as its outbox op)
//!   and its effect is on the marketplace: 0 lost edits;
//! - nothing in the shop file or on the marketplace that no journal intent
//!   explains: 0 phantom edits; refused (`failed`) edits left nothing;
//! - stock on the marketplace = initial + the sum of the committed movements,
//!   exactly: 0 duplicate applications (titles and prices: the last committed
//!   value, so a replayed older patch shows too);
//! - the client's view == the marketplace's state (`GET /v1/listings`), no
//!   conflicts or refusals (one writer only), `PRAGMA integrity_check` ok.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use marketplace_api::MarketplaceClient;
use serde_json::Value;
use shopkeeper_core::{Listing, ListingQuery, ListingState, Shop};

use crate::journal::{Edit, Entry, Outcome};
use crate::{CURRENCIES, DESCRIPTION, LOCALE, TAG};

/// Syncs `shop` until nothing is pending and two cycles in a row succeeded.
pub async fn drain(shop: &Shop, token: &str) -> Result<u32, String> {
    let mut clean = 0;
    let mut last_error = String::new();
    for attempt in 0..60u32 {
        match shop.sync_once(token).await {
            Ok(()) => {
                let pending = shop.pending_ops().await.map_err(|e| e.to_string())?;
                if pending.is_empty() {
                    clean += 1;
                    if clean >= 2 {
                        return Ok(attempt + 1);
                    }
                } else {
                    clean = 0;
                }
            }
            Err(e) => {
                clean = 0;
                last_error = e.to_string();
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
    Err(format!(
        "the client did not drain in 60 cycles (last error: {last_error})"
    ))
}

/// What is compared of a listing: state, texts, and per variant (by SKU) its
/// stock and prices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub state: ListingState,
    /// (locale, title, description, tags)
    pub texts: Vec<(String, String, String, Vec<String>)>,
    /// sku → (stock, currency → amount)
    pub variants: BTreeMap<String, (i64, BTreeMap<String, i64>)>,
}

impl Seen {
    pub fn of(l: &Listing) -> Self {
        let mut texts: Vec<_> = l
            .texts
            .iter()
            .map(|t| {
                (
                    t.locale.clone(),
                    t.title.clone(),
                    t.description.clone(),
                    t.tags.clone(),
                )
            })
            .collect();
        texts.sort();
        Seen {
            state: l.state,
            texts,
            variants: l
                .variants
                .iter()
                .map(|v| {
                    (
                        v.sku.clone(),
                        (
                            v.stock,
                            v.prices
                                .iter()
                                .map(|p| (p.currency.clone(), p.amount_minor))
                                .collect(),
                        ),
                    )
                })
                .collect(),
        }
    }
}

/// Counts for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    pub listings: usize,
    pub intents: usize,
    pub done: usize,
    pub failed: usize,
    /// Intents whose process was killed inside the core call and that did commit.
    pub open_committed: usize,
    pub open_not_committed: usize,
}

/// Every listing on the marketplace (not deleted), through the real client.
pub async fn server_listings(client: &MarketplaceClient) -> Result<Vec<Listing>, String> {
    let mut out = Vec::new();
    let mut after = None;
    for _ in 0..1000 {
        let page = client
            .list_listings(after, 200)
            .await
            .map_err(|e| format!("GET /v1/listings: {e}"))?;
        out.extend(
            page.items
                .iter()
                .filter(|l| !l.deleted)
                .map(|l| shopkeeper_sync::wire::listing_from_wire(l).0.listing),
        );
        match page.next_after {
            Some(a) => after = Some(a),
            None => return Ok(out),
        }
    }
    Err("GET /v1/listings did not end".into())
}

/// Every listing in the client's view, archived or not.
async fn client_listings(shop: &Shop) -> Result<Vec<Listing>, String> {
    let mut out = Vec::new();
    for archived in [false, true] {
        let mut after = None;
        loop {
            let page = shop
                .listings(&ListingQuery {
                    archived,
                    after: after.clone(),
                    limit: 200,
                    ..ListingQuery::default()
                })
                .await
                .map_err(|e| format!("client listings: {e}"))?;
            for row in &page.rows {
                out.push(
                    shop.listing(&row.id)
                        .await
                        .map_err(|e| format!("client listing {}: {e}", row.id))?,
                );
            }
            match page.next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
    }
    Ok(out)
}

/// The expected state of one listing, folded from the committed edits.
#[derive(Debug, Clone)]
struct Model {
    created_by: u64,
    seen: Seen,
    /// sku → (initial stock, Σ committed deltas) for the messages.
    stock_sums: BTreeMap<String, (i64, i64)>,
}

fn field_parts(field: &str) -> Vec<&str> {
    field.split('.').collect()
}

/// Checks a drained client (`shop`) against the journal and the marketplace.
/// Returns the problems found (empty = pass).
pub async fn check(
    shop: &Shop,
    client: &MarketplaceClient,
    entries: &[Entry],
) -> Result<Checked, Vec<String>> {
    let mut problems: Vec<String> = Vec::new();
    macro_rules! fail {
        ($($t:tt)*) => { problems.push(format!($($t)*)) };
    }
    macro_rules! tryx {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => return Err(vec![format!("{e}")]),
            }
        };
    }

    match shop.integrity_check().await {
        Ok(s) if s == "ok" => {}
        Ok(s) => fail!("client PRAGMA integrity_check: {s}"),
        Err(e) => fail!("client integrity check failed to run: {e}"),
    }
    let conflicts = tryx!(shop.conflicts().await);
    for c in &conflicts {
        fail!(
            "the client has a {} op with one writer only (an op applied twice or out of order?): {} on {:?}: {:?} (mine {}, theirs {})",
            c.status,
            c.what,
            c.listing_id,
            c.message,
            c.mine,
            c.theirs
        );
    }
    let notices = tryx!(shop.notices().await);
    for n in &notices {
        fail!(
            "the client has a concurrent-edit notice with one writer only: {} {} mine {} theirs {}",
            n.entity_id,
            n.field,
            n.mine,
            n.theirs
        );
    }

    let server = tryx!(server_listings(client).await);
    let local = tryx!(client_listings(shop).await);

    // Every listing anyone knows of, and its audit trail in the shop file.
    let mut ids: Vec<String> = Vec::new();
    let mut seen_ids = HashSet::new();
    for id in server
        .iter()
        .map(|l| l.id.clone())
        .chain(local.iter().map(|l| l.id.clone()))
        .chain(entries.iter().filter_map(|e| match &e.outcome {
            Outcome::Done(Some(c)) => Some(c.listing.clone()),
            _ => None,
        }))
    {
        if seen_ids.insert(id.clone()) {
            ids.push(id);
        }
    }

    // Match every audit entry to the intent it records.
    let by_title: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match &e.edit {
            Edit::Create { title, .. } => Some((title.as_str(), i)),
            _ => None,
        })
        .collect();
    let mut matched: Vec<Option<String>> = vec![None; entries.len()];
    for id in &ids {
        let trail = tryx!(shop.listing_history(id).await);
        let mut last_n = 0u64;
        for a in &trail {
            let changes: Value = serde_json::from_str(&a.changes).unwrap_or(Value::Null);
            let list = changes.as_array().cloned().unwrap_or_default();
            // The intent an entry records: the latest unmatched one with this
            // content made before the entry was stamped.
            let at = a.at;
            let find = |pred: &dyn Fn(&Edit) -> bool, matched: &Vec<Option<String>>| {
                entries
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| matched[*i].is_none() && e.at_ms <= at && pred(&e.edit))
                    .map(|(i, _)| i)
                    .last()
            };
            let hit: Option<usize> = match (a.action.as_str(), list.as_slice()) {
                ("create", [c]) => {
                    let t = c["after"]["title"].as_str().unwrap_or_default();
                    by_title.get(t).copied().filter(|i| matched[*i].is_none())
                }
                ("update", [c]) => {
                    let field = c["field"].as_str().unwrap_or_default();
                    let after = &c["after"];
                    match field_parts(field).as_slice() {
                        ["texts", loc, "title"] if *loc == LOCALE => find(
                            &|e| matches!(e, Edit::Title { listing, title } if listing == id && Some(title.as_str()) == after.as_str()),
                            &matched,
                        ),
                        ["variant", sku, "price", cur] => find(
                            &|e| {
                                matches!(e, Edit::Price { listing, sku: s, currency, amount_minor }
                                if listing == id && s == sku && currency == cur && Some(*amount_minor) == after.as_i64())
                            },
                            &matched,
                        ),
                        _ => None,
                    }
                }
                ("stock-adjust", [c]) => {
                    let field = c["field"].as_str().unwrap_or_default();
                    let delta =
                        c["after"].as_i64().unwrap_or(0) - c["before"].as_i64().unwrap_or(0);
                    let reason = c["reason"].as_str().unwrap_or_default();
                    match field_parts(field).as_slice() {
                        ["variant", sku, "stock"] => find(
                            &|e| {
                                matches!(e, Edit::Stock { listing, sku: s, delta: d, reason: r }
                                if listing == id && s == sku && *d == delta && r == reason)
                            },
                            &matched,
                        ),
                        _ => None,
                    }
                }
                (action @ ("archive" | "restore"), _) => find(
                    &|e| matches!(e, Edit::Archive { listing, archived } if listing == id && *archived == (action == "archive")),
                    &matched,
                ),
                _ => None,
            };
            match hit {
                Some(i) => {
                    let e = &entries[i];
                    if e.n < last_n {
                        fail!(
                            "listing {id}: edit #{} was committed after edit #{last_n}, out of the order made",
                            e.n
                        );
                    }
                    last_n = e.n;
                    if let Outcome::Failed(err) = &e.outcome {
                        fail!(
                            "PHANTOM: edit #{} was refused by the core ({err}) but is in the shop file: {} {}",
                            e.n,
                            a.action,
                            a.changes
                        );
                    }
                    matched[i] = Some(id.clone());
                }
                None => fail!(
                    "PHANTOM: the shop file records an edit no journal intent explains: listing {id}: {} {}",
                    a.action,
                    a.changes
                ),
            }
        }
    }

    let mut checked = Checked {
        intents: entries.len(),
        ..Checked::default()
    };
    for (e, m) in entries.iter().zip(&matched) {
        match (&e.outcome, m) {
            (Outcome::Done(created), Some(id)) => {
                checked.done += 1;
                if let Some(c) = created
                    && &c.listing != id
                {
                    fail!("edit #{}: created {} but recorded on {id}", e.n, c.listing);
                }
            }
            (Outcome::Done(_), None) => fail!(
                "LOST: edit #{} ({:?}) returned to the client but is not in its shop file",
                e.n,
                e.edit
            ),
            (Outcome::Failed(_), _) => checked.failed += 1,
            (Outcome::Open, Some(_)) => checked.open_committed += 1,
            (Outcome::Open, None) => checked.open_not_committed += 1,
        }
    }

    // Fold the committed edits, in the order they were made.
    let mut model: BTreeMap<String, Model> = BTreeMap::new();
    for (e, m) in entries.iter().zip(&matched) {
        let Some(id) = m else { continue };
        match &e.edit {
            Edit::Create {
                title,
                variants,
                price_minor,
            } => {
                let prices: BTreeMap<String, i64> = CURRENCIES
                    .iter()
                    .map(|c| ((*c).to_owned(), *price_minor))
                    .collect();
                model.insert(
                    id.clone(),
                    Model {
                        created_by: e.n,
                        seen: Seen {
                            state: ListingState::Active,
                            texts: vec![(
                                LOCALE.to_owned(),
                                title.clone(),
                                DESCRIPTION.to_owned(),
                                vec![TAG.to_owned()],
                            )],
                            variants: variants
                                .iter()
                                .map(|(sku, stock)| (sku.clone(), (*stock, prices.clone())))
                                .collect(),
                        },
                        stock_sums: variants
                            .iter()
                            .map(|(sku, stock)| (sku.clone(), (*stock, 0)))
                            .collect(),
                    },
                );
            }
            other => {
                let Some(m) = model.get_mut(id) else {
                    fail!(
                        "edit #{} on listing {id} whose create is not committed",
                        e.n
                    );
                    continue;
                };
                match other {
                    Edit::Title { title, .. } => m.seen.texts[0].1 = title.clone(),
                    Edit::Price {
                        sku,
                        currency,
                        amount_minor,
                        ..
                    } => {
                        if let Some(v) = m.seen.variants.get_mut(sku) {
                            v.1.insert(currency.clone(), *amount_minor);
                        }
                    }
                    Edit::Stock { sku, delta, .. } => {
                        if let Some(v) = m.seen.variants.get_mut(sku) {
                            v.0 += delta;
                        }
                        if let Some(s) = m.stock_sums.get_mut(sku) {
                            s.1 += delta;
                        }
                    }
                    Edit::Archive { archived, .. } => {
                        m.seen.state = if *archived {
                            ListingState::Inactive
                        } else {
                            ListingState::Active
                        }
                    }
                    Edit::Create { .. } => {}
                }
            }
        }
    }
    checked.listings = model.len();

    // The marketplace against the journal.
    let server: BTreeMap<String, Seen> =
        server.iter().map(|l| (l.id.clone(), Seen::of(l))).collect();
    for (id, m) in &model {
        let Some(s) = server.get(id) else {
            fail!(
                "LOST: listing {id} (created by edit #{}) is not on the marketplace",
                m.created_by
            );
            continue;
        };
        if s.state != m.seen.state {
            fail!(
                "marketplace state of {id} is {:?}, the committed edits say {:?}",
                s.state,
                m.seen.state
            );
        }
        if s.texts != m.seen.texts {
            fail!(
                "marketplace texts of {id} are {:?}, the committed edits say {:?}",
                s.texts,
                m.seen.texts
            );
        }
        for (sku, (stock, prices)) in &m.seen.variants {
            let Some((s_stock, s_prices)) = s.variants.get(sku) else {
                fail!("LOST: variant {sku} of {id} is not on the marketplace");
                continue;
            };
            if s_stock != stock {
                let (initial, sum) = m.stock_sums.get(sku).copied().unwrap_or_default();
                fail!(
                    "DUPLICATE or LOST stock movement: {sku} of {id} has {s_stock} on the marketplace, \
                     but initial {initial} + committed movements {sum:+} = {stock}"
                );
            }
            if s_prices != prices {
                fail!(
                    "marketplace prices of {sku} ({id}) are {s_prices:?}, the committed edits say {prices:?}"
                );
            }
        }
        if s.variants.len() != m.seen.variants.len() {
            fail!("PHANTOM: {id} has variants on the marketplace no edit created");
        }
    }
    for id in server.keys().filter(|id| !model.contains_key(*id)) {
        fail!("PHANTOM: listing {id} is on the marketplace but no committed edit created it");
    }

    // The client's view against the marketplace.
    let local: BTreeMap<String, Seen> = local.iter().map(|l| (l.id.clone(), Seen::of(l))).collect();
    for (id, l) in &local {
        match server.get(id) {
            None => {
                fail!("the client shows listing {id} that the marketplace does not have: {l:?}")
            }
            Some(s) if s != l => fail!(
                "client view != marketplace for {id}:\n    client      {l:?}\n    marketplace {s:?}"
            ),
            Some(_) => {}
        }
    }
    for id in server.keys().filter(|id| !local.contains_key(*id)) {
        fail!("the client does not show listing {id} the marketplace has");
    }

    if problems.is_empty() {
        Ok(checked)
    } else {
        Err(problems)
    }
}
