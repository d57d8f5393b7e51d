//! The pick list: SKUs summed over the selected orders, sorted by stock location then
//! SKU, so a packer walks the shelves once.

use std::collections::BTreeMap;

use crate::model::Shipment;

/// One row of the pick list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickRow {
    /// Shelf location (`None` sorts last).
    pub location: Option<String>,
    /// SKU.
    pub sku: String,
    /// Title (with variant) of the first line seen for this SKU.
    pub title: String,
    /// Units over all orders.
    pub quantity: u64,
    /// In how many orders.
    pub orders: usize,
}

/// Sums the lines of `orders` per SKU.
pub fn pick_list<'a>(orders: impl IntoIterator<Item = &'a Shipment>) -> Vec<PickRow> {
    // Key: (no location?, location, sku) so rows without a location come last.
    let mut rows: BTreeMap<(bool, String, String), PickRow> = BTreeMap::new();
    let mut seen: BTreeMap<(String, usize), ()> = BTreeMap::new();
    for (n, order) in orders.into_iter().enumerate() {
        for line in &order.lines {
            let loc = line.location.clone().filter(|l| !l.trim().is_empty());
            let key = (
                loc.is_none(),
                loc.clone().unwrap_or_default(),
                line.sku.clone(),
            );
            let row = rows.entry(key).or_insert_with(|| PickRow {
                location: loc,
                sku: line.sku.clone(),
                title: match &line.variant {
                    Some(v) => format!("{} — {v}", line.title),
                    None => line.title.clone(),
                },
                quantity: 0,
                orders: 0,
            });
            row.quantity += u64::from(line.quantity);
            if seen.insert((line.sku.clone(), n), ()).is_none() {
                row.orders += 1;
            }
        }
    }
    rows.into_values().collect()
}
