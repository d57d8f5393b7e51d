//! The crash harness's client: the real core in an edit / push / pull loop
//! until it is killed. Usage:
//! `crash-client <shop file> <journal> <token file> <seed> <generation>`.
//!
//! Prints `edit` before each core edit call and `sync` before each sync cycle
//! (the harness may kill it right after); journals each edit as an intent
//! before the call and as done / failed after it returned.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use shopkeeper_core::{
    ListingInput, ListingState, OptionValue, PriceInput, Seed, Shop, TextInput, VariantInput,
};
use shopkeeper_crash::journal::{self, Created, Edit, Line, Outcome};
use shopkeeper_crash::{
    CURRENCIES, DESCRIPTION, LOCALE, MAX_LISTINGS, Rng, TAG, child_seed, title,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [shop, journal, token, seed, generation] = args.as_slice() else {
        eprintln!("usage: crash-client <shop> <journal> <token file> <seed> <generation>");
        return ExitCode::from(64);
    };
    let parsed = (|| -> Result<(u64, u64)> { Ok((seed.parse()?, generation.parse()?)) })();
    let Ok((seed, generation)) = parsed else {
        eprintln!("crash-client: seed and generation must be numbers");
        return ExitCode::from(64);
    };
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("crash-client: runtime: {e}");
            return ExitCode::from(70);
        }
    };
    let r = rt.block_on(run(
        PathBuf::from(shop),
        PathBuf::from(journal),
        PathBuf::from(token),
        seed,
        generation,
    ));
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crash-client generation {generation}: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn marker(what: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{what}");
    let _ = out.flush();
}

async fn run(
    shop_path: PathBuf,
    journal_path: PathBuf,
    token_path: PathBuf,
    seed: u64,
    generation: u64,
) -> Result<()> {
    let entries = journal::read(&journal_path)?;
    let mut n = entries.iter().map(|e| e.n).max().map_or(1, |n| n + 1);
    let mut listings: Vec<Created> = entries
        .iter()
        .filter_map(|e| match &e.outcome {
            Outcome::Done(Some(c)) => Some(c.clone()),
            _ => None,
        })
        .collect();
    let token = std::fs::read_to_string(&token_path)
        .with_context(|| format!("reading {}", token_path.display()))?
        .trim()
        .to_owned();
    let shop = Shop::open(&shop_path, Seed::Empty)
        .await
        .map_err(|e| anyhow!("opening the shop: {e}"))?;
    let mut journal = journal::Writer::open(&journal_path)?;
    let mut rng = Rng::new(child_seed(seed, generation));
    loop {
        let edit = choose(&shop, &listings, &mut rng, n).await?;
        let at_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis() as i64;
        journal.append(&Line::Intent {
            n,
            generation,
            at_ms,
            edit: edit.clone(),
        })?;
        marker("edit");
        match apply(&shop, &edit).await {
            Ok(created) => {
                journal.append(&Line::Done {
                    n,
                    created: created.clone(),
                })?;
                listings.extend(created);
            }
            Err(e) => journal.append(&Line::Failed {
                n,
                error: e.to_string(),
            })?,
        }
        n += 1;
        if rng.chance(0.35) {
            marker("sync");
            if let Err(e) = shop.sync_once(&token).await {
                // The marketplace may be down (the harness kills it too): edit on offline.
                eprintln!("crash-client generation {generation}: sync: {e}");
            }
        }
    }
}

async fn choose(shop: &Shop, listings: &[Created], rng: &mut Rng, n: u64) -> Result<Edit> {
    if listings.is_empty() || (listings.len() < MAX_LISTINGS && rng.chance(0.08)) {
        return Ok(Edit::Create {
            title: title(n),
            variants: vec![
                (format!("CR{n}-A"), rng.range(1, 20)),
                (format!("CR{n}-B"), rng.range(1, 20)),
            ],
            price_minor: 1000 + n as i64,
        });
    }
    let c = &listings[rng.below(listings.len() as u64) as usize];
    let l = shop
        .listing(&c.listing)
        .await
        .map_err(|e| anyhow!("listing {} (journaled as created): {e}", c.listing))?;
    let v = &l.variants[rng.below(l.variants.len() as u64) as usize];
    let listing = l.id.clone();
    Ok(match rng.below(100) {
        0..30 => Edit::Title {
            listing,
            title: title(n),
        },
        30..55 => Edit::Price {
            listing,
            sku: v.sku.clone(),
            currency: CURRENCIES[rng.below(CURRENCIES.len() as u64) as usize].to_owned(),
            amount_minor: 1000 + n as i64,
        },
        55..90 => {
            // Stock stays >= 1: a listing at 0 would turn sold out on its next
            // save (a state change this harness does not model).
            let delta = if v.stock <= 1 {
                rng.range(1, 9)
            } else {
                let d = rng.range(-(v.stock - 1).min(5), 8);
                if d == 0 { 1 } else { d }
            };
            let reason = if delta > 0 { "restocked" } else { "damaged" };
            Edit::Stock {
                listing,
                sku: v.sku.clone(),
                delta,
                reason: reason.to_owned(),
            }
        }
        _ => Edit::Archive {
            listing,
            archived: l.archived_at.is_none(),
        },
    })
}

fn money(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

async fn apply(shop: &Shop, edit: &Edit) -> shopkeeper_core::Result<Option<Created>> {
    match edit {
        Edit::Create {
            title,
            variants,
            price_minor,
        } => {
            let input = ListingInput {
                state: ListingState::Active,
                default_locale: LOCALE.into(),
                texts: vec![TextInput {
                    locale: LOCALE.into(),
                    title: title.clone(),
                    description: DESCRIPTION.into(),
                    tags: vec![TAG.into()],
                }],
                variants: variants
                    .iter()
                    .enumerate()
                    .map(|(i, (sku, stock))| VariantInput {
                        id: None,
                        sku: sku.clone(),
                        options: vec![OptionValue {
                            name: "Cor".into(),
                            value: ["Preta", "Caramelo"][i % 2].into(),
                        }],
                        weight_grams: "350".into(),
                        hs_code: Some("420221".into()),
                        hs_edition: None,
                        origin_country: Some("BR".into()),
                        customs_description: Some("Leather handbag".into()),
                        stock: stock.to_string(),
                        prices: CURRENCIES
                            .iter()
                            .map(|c| PriceInput {
                                currency: (*c).into(),
                                amount: money(*price_minor),
                            })
                            .collect(),
                    })
                    .collect(),
            };
            let l = shop.create_listing(&input).await?;
            Ok(Some(Created {
                listing: l.id.clone(),
                variants: l
                    .variants
                    .iter()
                    .map(|v| (v.sku.clone(), v.id.clone()))
                    .collect(),
            }))
        }
        Edit::Title { listing, title } => {
            let l = shop.listing(listing).await?;
            let mut input = ListingInput::from_listing(&l);
            for t in input.texts.iter_mut().filter(|t| t.locale == LOCALE) {
                t.title = title.clone();
            }
            shop.update_listing(listing, &input).await?;
            Ok(None)
        }
        Edit::Price {
            listing,
            sku,
            currency,
            amount_minor,
        } => {
            let l = shop.listing(listing).await?;
            let mut input = ListingInput::from_listing(&l);
            for v in input.variants.iter_mut().filter(|v| &v.sku == sku) {
                for p in v.prices.iter_mut().filter(|p| &p.currency == currency) {
                    p.amount = money(*amount_minor);
                }
            }
            shop.update_listing(listing, &input).await?;
            Ok(None)
        }
        Edit::Stock {
            listing,
            sku,
            delta,
            reason,
        } => {
            let l = shop.listing(listing).await?;
            let v = l
                .variants
                .iter()
                .find(|v| &v.sku == sku)
                .ok_or(shopkeeper_core::CoreError::NotFound("variant"))?;
            shop.adjust_stock(&v.id, *delta, reason).await?;
            Ok(None)
        }
        Edit::Archive { listing, archived } => {
            shop.set_archived(listing, *archived).await?;
            Ok(None)
        }
    }
}
