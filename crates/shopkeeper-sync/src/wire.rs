//! Between the marketplace's wire types and the store's domain types.

use marketplace_api::dto as api;
use marketplace_api::money;
use shopkeeper_store::{
    BaseListing, BaseStock, Listing, ListingState, ListingText, OptionValue, OrderAddress,
    OrderLine, OrderRecord, Price, Variant,
};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub fn state_to_wire(s: ListingState) -> api::ListingState {
    match s {
        ListingState::Draft => api::ListingState::Draft,
        ListingState::Active => api::ListingState::Active,
        ListingState::Inactive => api::ListingState::Inactive,
        ListingState::SoldOut => api::ListingState::SoldOut,
    }
}

pub fn state_from_wire(s: api::ListingState) -> ListingState {
    match s {
        api::ListingState::Draft => ListingState::Draft,
        api::ListingState::Active => ListingState::Active,
        api::ListingState::Inactive => ListingState::Inactive,
        api::ListingState::SoldOut => ListingState::SoldOut,
    }
}

pub fn price_to_wire(p: &Price) -> Option<api::Price> {
    Some(api::Price {
        currency: p.currency.clone(),
        amount: money::format_minor(p.amount_minor, &p.currency).ok()?,
    })
}

fn price_from_wire(p: &api::Price) -> Option<Price> {
    Some(Price {
        currency: p.currency.clone(),
        amount_minor: money::parse_minor(&p.amount, &p.currency).ok()?,
    })
}

/// Milliseconds since the epoch of an RFC 3339 timestamp or a plain date.
pub fn millis(s: &str) -> Option<i64> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok();
    }
    let d = time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()?;
    Some(d.midnight().assume_utc().unix_timestamp() * 1000)
}

/// The store's form of a marketplace listing, and its variants' stock.
pub fn listing_from_wire(l: &api::Listing) -> (BaseListing, Vec<BaseStock>) {
    let id = l.id.to_string();
    let mut texts: Vec<ListingText> = l
        .texts
        .iter()
        .map(|t| ListingText {
            locale: t.locale.clone(),
            title: t.title.clone(),
            description: t.description.clone(),
            tags: t.tags.clone(),
        })
        .collect();
    texts.sort_by(|a, b| a.locale.cmp(&b.locale));
    let mut stock = Vec::with_capacity(l.variants.len());
    let variants = l
        .variants
        .iter()
        .map(|v| {
            stock.push(BaseStock {
                variant_id: v.id.to_string(),
                listing_id: id.clone(),
                stock: v.stock,
                version: v.stock_version,
            });
            let mut prices: Vec<Price> = v.prices.iter().filter_map(price_from_wire).collect();
            prices.sort_by(|a, b| a.currency.cmp(&b.currency));
            Variant {
                id: v.id.to_string(),
                sku: v.sku.clone(),
                options: v
                    .options
                    .iter()
                    .map(|o| OptionValue {
                        name: o.name.clone(),
                        value: o.value.clone(),
                    })
                    .collect(),
                weight_grams: (v.weight_grams > 0).then_some(v.weight_grams),
                hs_code: v.hs_code.clone(),
                hs_edition: v.hs_edition.clone(),
                origin_country: v.origin_country.clone(),
                customs_description: v.customs_description.clone(),
                stock: v.stock,
                prices,
            }
        })
        .collect();
    let base = BaseListing {
        listing: Listing {
            id,
            state: state_from_wire(l.state),
            default_locale: l.default_locale.clone(),
            texts,
            variants,
            archived_at: None,
            created_at: 0,
            updated_at: 0,
            server_version: Some(l.version),
        },
        version: l.version,
        prices_version: l.prices_version,
        deleted: l.deleted,
    };
    (base, stock)
}

pub fn stock_from_wire(s: &api::StockLevel) -> BaseStock {
    BaseStock {
        variant_id: s.variant_id.to_string(),
        listing_id: s.listing_id.to_string(),
        stock: s.stock,
        version: s.version,
    }
}

/// A short, human-friendly order number derived from the marketplace id.
pub fn order_number(id: &uuid::Uuid) -> String {
    let hex = id.simple().to_string().to_uppercase();
    format!("SK-{}", &hex[hex.len() - 10..])
}

pub fn order_from_wire(o: &api::Order) -> OrderRecord {
    let a = &o.shipping_address;
    let currency = o.total.currency.clone();
    OrderRecord {
        id: o.id.to_string(),
        number: order_number(&o.id),
        market: o.buyer.country.clone(),
        status: o.state.as_str().to_owned(),
        buyer_name: o.buyer.name.clone(),
        buyer_locale: o.buyer.locale.clone(),
        total_minor: money::parse_minor(&o.total.amount, &currency).unwrap_or(0),
        currency,
        placed_at: millis(&o.created_at).unwrap_or(0),
        ship_by: millis(&o.ship_by),
        version: o.version,
        address: OrderAddress {
            name: a.name.clone(),
            line1: a.street.clone(),
            line2: a.district.clone().unwrap_or_default(),
            city: a.city.clone(),
            region: a.region.clone().unwrap_or_default(),
            postal_code: a.postal_code.clone(),
            country: a.country.clone(),
            phone: a.phone.clone().unwrap_or_default(),
            pickup_point: a.pickup_point.clone().unwrap_or_default(),
        },
        lines: o
            .items
            .iter()
            .map(|i| OrderLine {
                variant_id: Some(i.variant_id.to_string()),
                sku: i.sku.clone(),
                title: i.title.clone(),
                quantity: i.quantity,
                unit_price_minor: money::parse_minor(&i.unit_price.amount, &i.unit_price.currency)
                    .unwrap_or(0),
            })
            .collect(),
    }
}

pub fn new_variant(v: &Variant) -> Result<api::NewVariant, String> {
    Ok(api::NewVariant {
        id: Some(uuid(&v.id)?),
        sku: v.sku.clone(),
        options: v
            .options
            .iter()
            .map(|o| api::VariantOption {
                name: o.name.clone(),
                value: o.value.clone(),
            })
            .collect(),
        weight_grams: v.weight_grams.unwrap_or(0),
        hs_code: v.hs_code.clone(),
        hs_edition: v.hs_edition.clone(),
        origin_country: v.origin_country.clone(),
        customs_description: v.customs_description.clone(),
        stock: v.stock,
        prices: prices_to_wire(&v.prices)?,
    })
}

pub fn prices_to_wire(prices: &[Price]) -> Result<Vec<api::Price>, String> {
    prices
        .iter()
        .map(|p| price_to_wire(p).ok_or_else(|| format!("price in {}", p.currency)))
        .collect()
}

pub fn new_listing(l: &Listing) -> Result<api::NewListing, String> {
    Ok(api::NewListing {
        id: Some(uuid(&l.id)?),
        state: state_to_wire(l.state),
        default_locale: l.default_locale.clone(),
        texts: l
            .texts
            .iter()
            .map(|t| api::ListingText {
                locale: t.locale.clone(),
                title: t.title.clone(),
                description: t.description.clone(),
                tags: t.tags.clone(),
            })
            .collect(),
        variants: l
            .variants
            .iter()
            .map(new_variant)
            .collect::<Result<_, _>>()?,
    })
}

pub fn uuid(s: &str) -> Result<uuid::Uuid, String> {
    uuid::Uuid::parse_str(s).map_err(|_| format!("id {s:?} is not a UUID"))
}

/// A pulled shipment in store terms.
pub fn shipment_from_wire(s: &api::Shipment) -> shopkeeper_store::ShipmentRecord {
    shopkeeper_store::ShipmentRecord {
        id: s.id.to_string(),
        order_id: s.order_id.to_string(),
        carrier: s.carrier.clone(),
        carrier_kind: match s.carrier_kind {
            api::CarrierKind::Post => "post",
            api::CarrierKind::Courier => "courier",
        }
        .to_owned(),
        tracking_number: s.tracking_number.clone(),
        created_at: millis(&s.created_at).unwrap_or(0),
        version: s.version,
    }
}

/// A `shipment.create` op on the wire. The shipment id is the client's, so a
/// repeated push names the same shipment (exactly once on the marketplace).
pub fn shipment_create(s: &shopkeeper_store::ShipmentOp) -> Result<api::OpAction, String> {
    let carrier_kind = match s.carrier_kind.as_str() {
        "post" => api::CarrierKind::Post,
        "courier" => api::CarrierKind::Courier,
        other => return Err(format!("unknown carrier kind {other:?}")),
    };
    let customs_items = s
        .customs_items
        .iter()
        .map(|c| {
            Ok(api::CustomsItem {
                description: c.description.clone(),
                quantity: c.quantity,
                net_weight_grams: c.net_weight_grams,
                value: price_to_wire(&Price {
                    currency: c.currency.clone(),
                    amount_minor: c.value_minor,
                })
                .ok_or_else(|| format!("unknown currency {:?}", c.currency))?,
                hs_code: c.hs_code.clone(),
                hs_edition: c.hs_edition.clone(),
                origin_country: c.origin_country.clone(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(api::OpAction::ShipmentCreate {
        order_id: uuid(&s.order_id)?,
        shipment: api::NewShipment {
            id: Some(uuid(&s.shipment_id)?),
            carrier: s.carrier.clone(),
            carrier_kind,
            tracking_number: s.tracking_number.clone(),
            customs_items,
        },
    })
}

/// A pulled listing's gallery and size chart ties, in store terms.
pub fn gallery_from_wire(l: &api::Listing) -> shopkeeper_store::PulledGallery {
    shopkeeper_store::PulledGallery {
        listing_id: l.id.to_string(),
        version: l.version,
        photos: l.photos.iter().map(|p| p.id.to_string()).collect(),
        primary: l.primary_photo_id.map(|p| p.to_string()),
        size_charts: l
            .size_charts
            .iter()
            .map(|t| (t.option.clone(), t.size_chart_id.to_string()))
            .collect(),
    }
}

/// A pulled size chart in store terms (timestamps are set when applied).
pub fn size_chart_from_wire(c: &api::SizeChart) -> shopkeeper_store::SizeChart {
    shopkeeper_store::SizeChart {
        id: c.id.to_string(),
        name: c.name.clone(),
        unit: c.unit.clone(),
        measures: c.measures.clone(),
        rows: c
            .rows
            .iter()
            .map(|r| shopkeeper_store::SizeRow {
                measurements: r
                    .measurements
                    .iter()
                    .map(|(k, m)| (k.clone(), [m.min_mm, m.max_mm]))
                    .collect(),
                labels: r.labels.clone(),
            })
            .collect(),
        created_at: 0,
        updated_at: 0,
    }
}
