//! Listings: save (one transaction with its outbox ops and audit entry), read,
//! bulk import, and the filtered, sorted, keyset-paginated query of the
//! Listings page.

use std::collections::HashMap;

use sqlx::sqlite::SqliteArguments;
use sqlx::{Arguments, AssertSqlSafe, Sqlite, Transaction};

use crate::model::*;
use crate::search;
use crate::{Result, Store, StoreError, parse_json, parse_state, write_change};

/// A value bound to a listings query.
enum Value {
    I(i64),
    S(String),
}

fn bind(args: &mut SqliteArguments, v: Value) -> Result<()> {
    match v {
        Value::I(i) => args.add(i),
        Value::S(s) => args.add(s),
    }
    .map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// SQLite accepts 32,766 bound values per statement; stay well below.
pub const MAX_BINDS: usize = 30_000;

pub(crate) fn title_sort(listing: &Listing) -> String {
    listing
        .default_text()
        .map(|t| t.title.to_lowercase())
        .unwrap_or_default()
}

/// ' en-US pt-BR ': the locales with a title, space-delimited for instr().
pub(crate) fn text_locales(listing: &Listing) -> String {
    let mut l: Vec<&str> = listing
        .texts
        .iter()
        .filter(|t| !t.title.is_empty())
        .map(|t| t.locale.as_str())
        .collect();
    l.sort_unstable();
    format!(" {} ", l.join(" "))
}

/// ' BRL USD ': the currencies any variant is priced in.
pub(crate) fn price_currencies(listing: &Listing) -> String {
    let mut c: Vec<&str> = listing
        .variants
        .iter()
        .flat_map(|v| v.prices.iter().map(|p| p.currency.as_str()))
        .collect();
    c.sort_unstable();
    c.dedup();
    format!(" {} ", c.join(" "))
}

/// The two FTS columns of a listing: all titles; descriptions, tags and SKUs.
pub(crate) fn fts_columns(listing: &Listing) -> (String, String) {
    let titles: Vec<&str> = listing.texts.iter().map(|t| t.title.as_str()).collect();
    let mut body: Vec<&str> = Vec::new();
    for t in &listing.texts {
        body.push(&t.description);
        body.extend(t.tags.iter().map(String::as_str));
    }
    body.extend(listing.variants.iter().map(|v| v.sku.as_str()));
    (
        search::index_text(&titles.join("\n")),
        search::index_text(&body.join("\n")),
    )
}

impl Store {
    /// Writes `listing` (create or full replace) with its outbox ops and audit
    /// entry, atomically. Fails with [`StoreError::SkuTaken`] when another
    /// listing uses one of its SKUs; then nothing is written.
    pub async fn save_listing(&self, listing: &Listing, change: &ChangeRecord) -> Result<()> {
        self.save_listing_at(listing, change, None).await
    }

    /// The revision of a listing's view row: it changes on every write, local
    /// or from sync.
    pub async fn listing_rev(&self, id: &str) -> Result<Option<i64>> {
        let r: Option<(i64,)> = sqlx::query_as("SELECT view_rev FROM listings WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.map(|r| r.0))
    }

    /// The listing a variant belongs to.
    pub async fn variant_listing(&self, variant_id: &str) -> Result<Option<String>> {
        let r: Option<(String,)> = sqlx::query_as("SELECT listing_id FROM variants WHERE id = ?")
            .bind(variant_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(r.map(|r| r.0))
    }

    /// The state a listing had when it was archived.
    pub async fn archived_state(&self, id: &str) -> Result<Option<ListingState>> {
        let r: Option<(Option<String>,)> =
            sqlx::query_as("SELECT archived_state FROM listings WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(r.and_then(|r| r.0).and_then(|s| ListingState::parse(&s)))
    }

    /// [`Store::save_listing`], refused with [`StoreError::Stale`] when the
    /// view row is no longer at `expected_rev` (sync changed it since the
    /// caller read it).
    pub async fn save_listing_at(
        &self,
        listing: &Listing,
        change: &ChangeRecord,
        expected_rev: Option<i64>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        if let Some(expected) = expected_rev {
            let rev: Option<(i64,)> = sqlx::query_as("SELECT view_rev FROM listings WHERE id = ?")
                .bind(&listing.id)
                .fetch_optional(&mut *tx)
                .await?;
            if rev.is_some_and(|(r,)| r != expected) {
                return Err(StoreError::Stale);
            }
        }
        write_listing(&mut tx, listing).await?;
        write_archived_state(&mut tx, &listing.id, &change.ops).await?;
        // MUTANT (T2, never in the app): the edit's view rows commit on their
        // own and its outbox ops + audit entry follow in a second transaction,
        // so a crash in between keeps an edit the marketplace never hears of.
        // The crash harness (tests/crash) must catch this build.
        #[cfg(feature = "mutant-split-outbox")]
        let mut tx = {
            tx.commit().await?;
            self.write().await?
        };
        write_change(&mut tx, change).await?;
        tx.commit().await.map_err(|e| match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => {
                StoreError::SkuTaken { sku: String::new() }
            }
            _ => StoreError::Db(e),
        })?;
        Ok(())
    }
}

/// Writes `listing`'s view rows and FTS row inside `tx` (create or full
/// replace). Fails with [`StoreError::SkuTaken`] when another listing uses
/// one of its SKUs.
pub(crate) async fn write_listing(
    tx: &mut Transaction<'static, Sqlite>,
    listing: &Listing,
) -> Result<()> {
    {
        let tx = &mut **tx;
        for v in &listing.variants {
            let taken: Option<(String,)> = sqlx::query_as(
                "SELECT listing_id FROM variants WHERE sku = ? COLLATE NOCASE AND listing_id <> ?",
            )
            .bind(&v.sku)
            .bind(&listing.id)
            .fetch_optional(&mut *tx)
            .await?;
            if taken.is_some() {
                return Err(StoreError::SkuTaken { sku: v.sku.clone() });
            }
        }
        // Upsert, never REPLACE: REPLACE would delete the row, cascade to its
        // children and give it a new rowid.
        sqlx::query(
            "INSERT INTO listings (id, state, default_locale, title_sort, total_stock, text_locales, price_currencies, \
               archived_at, created_at, updated_at, server_version) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET state = excluded.state, default_locale = excluded.default_locale, \
               title_sort = excluded.title_sort, total_stock = excluded.total_stock, \
               text_locales = excluded.text_locales, price_currencies = excluded.price_currencies, \
               archived_at = excluded.archived_at, updated_at = excluded.updated_at, \
               view_rev = listings.view_rev + 1",
        )
        .bind(&listing.id)
        .bind(listing.state.as_str())
        .bind(&listing.default_locale)
        .bind(title_sort(listing))
        .bind(listing.total_stock())
        .bind(text_locales(listing))
        .bind(price_currencies(listing))
        .bind(listing.archived_at)
        .bind(listing.created_at)
        .bind(listing.updated_at)
        .bind(listing.server_version)
        .execute(&mut *tx)
        .await?;

        sqlx::query("DELETE FROM listing_texts WHERE listing_id = ?")
            .bind(&listing.id)
            .execute(&mut *tx)
            .await?;
        for t in &listing.texts {
            sqlx::query("INSERT INTO listing_texts (listing_id, locale, title, description, tags) VALUES (?, ?, ?, ?, ?)")
                .bind(&listing.id)
                .bind(&t.locale)
                .bind(&t.title)
                .bind(&t.description)
                .bind(serde_json::to_string(&t.tags).map_err(|e| StoreError::Corrupt(e.to_string()))?)
                .execute(&mut *tx)
                .await?;
        }

        let ids: Vec<&str> = listing.variants.iter().map(|v| v.id.as_str()).collect();
        let ids_json =
            serde_json::to_string(&ids).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query("DELETE FROM variants WHERE listing_id = ? AND id NOT IN (SELECT value FROM json_each(?))")
            .bind(&listing.id)
            .bind(&ids_json)
            .execute(&mut *tx)
            .await?;
        // Park the kept variants' SKUs on unique placeholders first, so that
        // swapping two SKUs within the listing cannot trip the unique index.
        sqlx::query("UPDATE variants SET sku = char(1) || id WHERE listing_id = ?")
            .bind(&listing.id)
            .execute(&mut *tx)
            .await?;
        for (position, v) in listing.variants.iter().enumerate() {
            sqlx::query(
                "INSERT INTO variants (id, listing_id, position, sku, options, weight_grams, hs_code, hs_edition, origin_country, customs_description) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
                 ON CONFLICT(id) DO UPDATE SET position = excluded.position, sku = excluded.sku, options = excluded.options, \
                   weight_grams = excluded.weight_grams, hs_code = excluded.hs_code, hs_edition = excluded.hs_edition, \
                   origin_country = excluded.origin_country, customs_description = excluded.customs_description",
            )
            .bind(&v.id)
            .bind(&listing.id)
            .bind(position as i64)
            .bind(&v.sku)
            .bind(serde_json::to_string(&v.options).map_err(|e| StoreError::Corrupt(e.to_string()))?)
            .bind(v.weight_grams)
            .bind(&v.hs_code)
            .bind(&v.hs_edition)
            .bind(&v.origin_country)
            .bind(&v.customs_description)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM variant_prices WHERE variant_id = ?")
                .bind(&v.id)
                .execute(&mut *tx)
                .await?;
            for p in &v.prices {
                sqlx::query("INSERT INTO variant_prices (variant_id, currency, amount_minor) VALUES (?, ?, ?)")
                    .bind(&v.id)
                    .bind(&p.currency)
                    .bind(p.amount_minor)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO inventory (variant_id, on_hand) VALUES (?, ?) \
                 ON CONFLICT(variant_id) DO UPDATE SET on_hand = excluded.on_hand",
            )
            .bind(&v.id)
            .bind(v.stock)
            .execute(&mut *tx)
            .await?;
        }

        let (rowid,): (i64,) = sqlx::query_as("SELECT rowid FROM listings WHERE id = ?")
            .bind(&listing.id)
            .fetch_one(&mut *tx)
            .await?;
        let (titles, body) = fts_columns(listing);
        sqlx::query("DELETE FROM listing_search WHERE rowid = ?")
            .bind(rowid)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO listing_search (rowid, titles, body) VALUES (?, ?, ?)")
            .bind(rowid)
            .bind(titles)
            .bind(body)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Remembers the state an archived listing had (from its `listing.archive`
/// op), or forgets it on restore.
pub(crate) async fn write_archived_state(
    tx: &mut Transaction<'static, Sqlite>,
    listing_id: &str,
    ops: &[OutboxOp],
) -> Result<()> {
    for op in ops {
        let archived_state = match op.kind {
            "listing.archive" => op.payload.get("state_before").and_then(|s| s.as_str()),
            "listing.restore" => None,
            _ => continue,
        };
        sqlx::query("UPDATE listings SET archived_state = ? WHERE id = ?")
            .bind(archived_state)
            .bind(listing_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

impl Store {
    /// One listing with its texts, variants, prices and stock.
    pub async fn listing(&self, id: &str) -> Result<Option<Listing>> {
        type ListingHead = (String, String, String, Option<i64>, i64, i64, Option<i64>);
        let row: Option<ListingHead> = sqlx::query_as(
            "SELECT id, state, default_locale, archived_at, created_at, updated_at, server_version FROM listings WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, state, default_locale, archived_at, created_at, updated_at, server_version)) =
            row
        else {
            return Ok(None);
        };
        let texts: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT locale, title, description, tags FROM listing_texts WHERE listing_id = ? ORDER BY locale",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?;
        let texts = texts
            .into_iter()
            .map(|(locale, title, description, tags)| {
                Ok(ListingText {
                    locale,
                    title,
                    description,
                    tags: parse_json(&tags)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;

        type VariantRow = (
            String,
            String,
            String,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
        );
        let variants: Vec<VariantRow> = sqlx::query_as(
            "SELECT v.id, v.sku, v.options, v.weight_grams, v.hs_code, v.hs_edition, v.origin_country, v.customs_description, \
                    COALESCE(i.on_hand, 0) \
             FROM variants v LEFT JOIN inventory i ON i.variant_id = v.id \
             WHERE v.listing_id = ? ORDER BY v.position",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?;
        let prices: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT p.variant_id, p.currency, p.amount_minor FROM variant_prices p \
             JOIN variants v ON v.id = p.variant_id WHERE v.listing_id = ? ORDER BY p.currency",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?;
        let mut prices_by_variant: HashMap<String, Vec<Price>> = HashMap::new();
        for (variant_id, currency, amount_minor) in prices {
            prices_by_variant
                .entry(variant_id)
                .or_default()
                .push(Price {
                    currency,
                    amount_minor,
                });
        }
        let variants = variants
            .into_iter()
            .map(
                |(
                    vid,
                    sku,
                    options,
                    weight_grams,
                    hs_code,
                    hs_edition,
                    origin_country,
                    customs_description,
                    stock,
                )| {
                    Ok(Variant {
                        prices: prices_by_variant.remove(&vid).unwrap_or_default(),
                        id: vid,
                        sku,
                        options: parse_json(&options)?,
                        weight_grams,
                        hs_code,
                        hs_edition,
                        origin_country,
                        customs_description,
                        stock,
                    })
                },
            )
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(Listing {
            id,
            state: parse_state(&state)?,
            default_locale,
            texts,
            variants,
            archived_at,
            created_at,
            updated_at,
            server_version,
        }))
    }

    pub async fn count_listings(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM listings")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// Loads many listings at once, as a snapshot (no outbox ops, no audit:
    /// used for the demo shop and benchmarks, and later for an initial sync).
    /// Multi-row `VALUES` statements in one transaction; never row by row.
    pub async fn import_listings(&self, listings: &[Listing]) -> Result<()> {
        let mut tx = self.write().await?;
        insert_listings(&mut tx, listings).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Inserts listings that do not exist yet inside `tx`: the same multi-row
/// view write a pull uses (view rows, FTS rows, texts, variants, stock, prices).
pub(crate) async fn insert_listings(
    tx: &mut Transaction<'static, Sqlite>,
    listings: &[Listing],
) -> Result<()> {
    let views: Vec<(Listing, Option<String>)> =
        listings.iter().map(|l| (l.clone(), None)).collect();
    crate::sync::write_views(tx, &views).await
}

impl Store {
    /// One page of the Listings table. Filters, full-text search and sort are
    /// all done here; pages are keyset-paginated on (sort key, id), so page N
    /// costs the same as page 1.
    pub async fn query_listings(&self, q: &ListingQuery) -> Result<ListingPage> {
        // Every condition's values, in order; the page query adds the cursor's.
        let mut args = SqliteArguments::default();
        let mut conds: Vec<String> = vec!["(l.archived_at IS NOT NULL) = ?".into()];
        bind(&mut args, Value::I(i64::from(q.archived)))?;

        if let Some(expr) = q.search.as_deref().and_then(search::match_expression) {
            conds.push(
                "l.rowid IN (SELECT rowid FROM listing_search WHERE listing_search MATCH ?)".into(),
            );
            bind(&mut args, Value::S(expr))?;
        }
        if !q.states.is_empty() {
            let marks = vec!["?"; q.states.len()].join(", ");
            conds.push(format!("l.state IN ({marks})"));
            for state in &q.states {
                bind(&mut args, Value::S(state.as_str().into()))?;
            }
        }
        match q.stock {
            Some(StockFilter::InStock) => conds.push("l.total_stock > 0".into()),
            Some(StockFilter::OutOfStock) => conds.push("l.total_stock = 0".into()),
            Some(StockFilter::Low) => {
                conds.push("l.total_stock > 0 AND l.total_stock <= ?".into());
                bind(&mut args, Value::I(LOW_STOCK))?;
            }
            None => {}
        }
        if let Some(currency) = &q.currency {
            conds.push("instr(l.price_currencies, ?) > 0".into());
            bind(&mut args, Value::S(format!(" {} ", currency.trim())))?;
        }
        if let Some(locale) = &q.missing_locale {
            conds.push("instr(l.text_locales, ?) = 0".into());
            bind(&mut args, Value::S(format!(" {} ", locale.trim())))?;
        }

        let filter = conds.join(" AND ");
        // Counting: with no other filter, the archived-expression indexes answer
        // alone. With filters, walking an index and fetching every row costs more
        // than scanning the table (or driving from the FTS matches), so `+` keeps
        // the planner off those indexes (148 ms → see docs/benchmarks.md).
        let count_filter = if conds.len() > 1 {
            format!(
                "(+l.archived_at IS NOT NULL) = ? AND {}",
                conds[1..].join(" AND ")
            )
        } else {
            filter.clone()
        };
        let count_sql = format!("SELECT count(*) FROM listings l WHERE {count_filter}");
        let (total,): (i64,) = sqlx::query_as_with(AssertSqlSafe(count_sql), args.clone())
            .fetch_one(&self.pool)
            .await?;

        let (key, text_key) = match q.sort {
            SortField::Title => ("l.title_sort", true),
            SortField::Updated => ("l.updated_at", false),
            SortField::Created => ("l.created_at", false),
            SortField::Stock => ("l.total_stock", false),
        };
        let (cmp, dir) = if q.descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        let mut page_conds = filter.clone();
        if let Some(after) = &q.after {
            let (value, id): (serde_json::Value, String) =
                serde_json::from_str(after).map_err(|_| StoreError::BadCursor)?;
            page_conds.push_str(&format!(" AND ({key}, l.id) {cmp} (?, ?)"));
            let key_value = match (text_key, value) {
                (true, serde_json::Value::String(s)) => Value::S(s),
                (false, serde_json::Value::Number(n)) => {
                    Value::I(n.as_i64().ok_or(StoreError::BadCursor)?)
                }
                _ => return Err(StoreError::BadCursor),
            };
            bind(&mut args, key_value)?;
            bind(&mut args, Value::S(id))?;
        }
        let limit = q.limit.clamp(1, 500);
        let sql = format!(
            "SELECT l.id, COALESCE((SELECT t.title FROM listing_texts t WHERE t.listing_id = l.id AND t.locale = l.default_locale), ''), \
                    l.default_locale, l.state, l.total_stock, l.updated_at, l.created_at, l.archived_at IS NOT NULL, l.title_sort \
             FROM listings l WHERE {page_conds} ORDER BY {key} {dir}, l.id {dir} LIMIT {}",
            limit + 1
        );
        type PageRow = (String, String, String, String, i64, i64, i64, bool, String);
        let mut rows: Vec<PageRow> = sqlx::query_as_with(AssertSqlSafe(sql), args)
            .fetch_all(&self.pool)
            .await?;
        let has_more = rows.len() > limit as usize;
        rows.truncate(limit as usize);

        let next = match rows.last() {
            Some((id, _, _, _, stock, updated, created, _, title_sort)) if has_more => {
                let value = match q.sort {
                    SortField::Title => serde_json::Value::String(title_sort.clone()),
                    SortField::Updated => serde_json::Value::from(*updated),
                    SortField::Created => serde_json::Value::from(*created),
                    SortField::Stock => serde_json::Value::from(*stock),
                };
                Some(
                    serde_json::to_string(&(value, id))
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                )
            }
            _ => None,
        };

        let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        let ids_json =
            serde_json::to_string(&ids).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let price_rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT v.listing_id, p.currency, MIN(p.amount_minor) FROM variants v \
             JOIN variant_prices p ON p.variant_id = v.id \
             WHERE v.listing_id IN (SELECT value FROM json_each(?)) \
             GROUP BY v.listing_id, p.currency ORDER BY p.currency",
        )
        .bind(&ids_json)
        .fetch_all(&self.pool)
        .await?;
        let mut prices: HashMap<String, Vec<Price>> = HashMap::new();
        for (lid, currency, amount_minor) in price_rows {
            prices.entry(lid).or_default().push(Price {
                currency,
                amount_minor,
            });
        }
        let locale_rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT listing_id, locale FROM listing_texts \
             WHERE listing_id IN (SELECT value FROM json_each(?)) AND title <> '' ORDER BY locale",
        )
        .bind(&ids_json)
        .fetch_all(&self.pool)
        .await?;
        let mut locales: HashMap<String, Vec<String>> = HashMap::new();
        for (lid, locale) in locale_rows {
            locales.entry(lid).or_default().push(locale);
        }
        let count_rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT listing_id, count(*) FROM variants WHERE listing_id IN (SELECT value FROM json_each(?)) GROUP BY listing_id",
        )
        .bind(&ids_json)
        .fetch_all(&self.pool)
        .await?;
        let counts: HashMap<String, i64> = count_rows.into_iter().collect();

        let rows = rows
            .into_iter()
            .map(
                |(id, title, default_locale, state, total_stock, updated_at, _, archived, _)| {
                    Ok(ListingRow {
                        state: parse_state(&state)?,
                        prices: prices.remove(&id).unwrap_or_default(),
                        locales: locales.remove(&id).unwrap_or_default(),
                        variant_count: counts.get(&id).copied().unwrap_or(0),
                        id,
                        title,
                        default_locale,
                        total_stock,
                        updated_at,
                        archived,
                    })
                },
            )
            .collect::<Result<Vec<_>>>()?;
        Ok(ListingPage { rows, next, total })
    }
}
