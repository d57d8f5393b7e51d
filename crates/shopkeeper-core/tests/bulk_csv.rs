//! Bulk edit, undo and CSV import/export on real shop files.

use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use shopkeeper_core::bulk::{BulkAction, PriceBy, Rounding, Selection};
use shopkeeper_core::csv::{Delimiter, ImportPlan};
use shopkeeper_core::*;

async fn shop(seed: Seed) -> (tempfile::TempDir, Shop) {
    let dir = tempfile::tempdir().expect("temp dir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), seed)
        .await
        .expect("open shop");
    (dir, shop)
}

fn quiet(_: bulk::Progress) {}

fn no_cancel() -> AtomicBool {
    AtomicBool::new(false)
}

/// Every listing, archived too, by id.
async fn everything(shop: &Shop) -> Vec<Listing> {
    let mut q = ListingQuery {
        limit: 500,
        ..Default::default()
    };
    let mut ids = shop
        .selection_ids(&Selection::Query {
            query: q.clone(),
            except: vec![],
        })
        .await
        .expect("ids");
    q.archived = true;
    ids.extend(
        shop.selection_ids(&Selection::Query {
            query: q,
            except: vec![],
        })
        .await
        .expect("ids"),
    );
    ids.sort();
    let mut out = Vec::new();
    for id in ids {
        out.push(shop.listing(&id).await.expect("listing"));
    }
    out
}

fn without_timestamps(mut l: Vec<Listing>) -> Vec<Listing> {
    for x in &mut l {
        x.updated_at = 0;
    }
    l
}

fn raise_usd_10() -> BulkAction {
    BulkAction::Prices {
        by: PriceBy::Percent(Decimal::from_str("10").expect("decimal")),
        only: None,
        rounding: vec![
            ("USD".into(), Rounding::To99),
            ("IDR".into(), Rounding::Hundreds),
        ],
    }
}

fn usd_query() -> ListingQuery {
    ListingQuery {
        currency: Some("USD".into()),
        states: vec![ListingState::Active],
        limit: 100,
        ..Default::default()
    }
}

async fn plan(shop: &Shop, selection: &Selection, action: &BulkAction) -> bulk::Plan {
    shop.plan_bulk_edit(selection, action, &quiet, &no_cancel())
        .await
        .expect("plan")
        .expect("not cancelled")
}

#[tokio::test]
async fn bulk_preview_is_exactly_what_is_applied() {
    let (_dir, shop) = shop(Seed::Demo).await;
    let selection = Selection::Query {
        query: usd_query(),
        except: vec![],
    };
    let ops_before = shop.pending_ops().await.expect("ops").len();
    let plan = plan(&shop, &selection, &raise_usd_10()).await;
    assert!(plan.changed > 10, "the filter selects many listings");
    assert_eq!(plan.items.len(), plan.changed);
    // The preview lists every price change, with its before and after.
    let price_lines = plan
        .lines
        .iter()
        .filter(|l| l.field.starts_with("price."))
        .count();
    let moved: usize = plan
        .items
        .iter()
        .map(|i| {
            let before = i.before.as_ref().expect("an edit");
            i.listing
                .variants
                .iter()
                .zip(&before.variants)
                .map(|(a, b)| {
                    a.prices
                        .iter()
                        .zip(&b.prices)
                        .filter(|(x, y)| x != y)
                        .count()
                })
                .sum::<usize>()
        })
        .sum();
    assert_eq!(price_lines, moved, "one line per price that moves");
    assert!(moved > plan.items.len(), "most prices move");
    for line in plan.lines.iter().filter(|l| l.field == "price.USD") {
        assert!(line.after.ends_with(".99"), "{line:?}");
    }
    // Nothing written by planning.
    assert_eq!(shop.pending_ops().await.expect("ops").len(), ops_before);

    let applied = shop
        .apply_plan(&plan, &quiet, &no_cancel())
        .await
        .expect("apply");
    assert_eq!(applied.listings, plan.items.len());
    for item in &plan.items {
        let stored = shop.listing(&item.listing.id).await.expect("stored");
        assert_eq!(stored, item.listing, "the preview is what was saved");
        let history = shop
            .listing_history(&item.listing.id)
            .await
            .expect("history");
        let last = history.last().expect("audited");
        assert_eq!(last.action, "bulk-edit");
    }
    let ops: usize = plan.items.iter().map(|i| i.ops.len()).sum();
    assert_eq!(
        shop.pending_ops().await.expect("ops").len(),
        ops_before + ops
    );
    let batches = shop.recent_batches(5).await.expect("batches");
    assert_eq!(batches[0].id, applied.batch_id);
    assert_eq!(batches[0].listing_count as usize, plan.items.len());
    assert_eq!(batches[0].kind, "bulk-edit");
}

#[tokio::test]
async fn undo_restores_every_field_exactly_and_only_once() {
    let (_dir, shop) = shop(Seed::Demo).await;
    let before = everything(&shop).await;
    let all = Selection::Query {
        query: ListingQuery {
            limit: 100,
            ..Default::default()
        },
        except: vec![],
    };
    let actions = [
        raise_usd_10(),
        BulkAction::AddStock(7),
        BulkAction::AddTags {
            locale: "en-US".into(),
            tags: vec!["sale".into()],
        },
        BulkAction::SetText {
            locale: "pt-BR".into(),
            field: bulk::TextField::Description,
            value: "Promoção".into(),
        },
        BulkAction::SetState(ListingState::Inactive),
    ];
    let mut batches = Vec::new();
    for a in &actions {
        let p = plan(&shop, &all, a).await;
        assert!(p.changed > 0, "{a:?} changes something");
        batches.push(
            shop.apply_plan(&p, &quiet, &no_cancel())
                .await
                .expect("apply")
                .batch_id,
        );
    }
    assert_ne!(
        without_timestamps(everything(&shop).await),
        without_timestamps(before.clone())
    );
    for id in batches.iter().rev() {
        let undo = shop.plan_undo(id).await.expect("plan undo");
        let done = shop
            .apply_plan(&undo, &quiet, &no_cancel())
            .await
            .expect("undo");
        assert!(!done.cancelled);
    }
    assert_eq!(
        everything(&shop).await,
        before,
        "every field of every listing is back, timestamps included"
    );
    let again = shop.plan_undo(&batches[0]).await.expect_err("undone once");
    assert!(matches!(again, CoreError::Validation(f) if f[0].code == "bulk-already-undone"));
    let kinds: Vec<String> = shop
        .recent_batches(20)
        .await
        .expect("batches")
        .into_iter()
        .map(|b| b.kind)
        .collect();
    assert_eq!(kinds.iter().filter(|k| *k == "undo").count(), actions.len());
}

#[tokio::test]
async fn undo_is_refused_when_a_listing_changed_since() {
    let (_dir, shop) = shop(Seed::Demo).await;
    let p = plan(
        &shop,
        &Selection::Query {
            query: usd_query(),
            except: vec![],
        },
        &BulkAction::SetStock(3),
    )
    .await;
    let applied = shop
        .apply_plan(&p, &quiet, &no_cancel())
        .await
        .expect("apply");
    let edited = &p.items[0].listing;
    let mut input = bulk::input_of(edited);
    input.variants[0].stock = "42".into();
    shop.update_listing(&edited.id, &input).await.expect("edit");
    let ops = shop.pending_ops().await.expect("ops").len();
    let err = shop
        .plan_undo(&applied.batch_id)
        .await
        .expect_err("refused");
    let CoreError::Validation(fields) = err else {
        panic!("validation error expected");
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].field, format!("listings.{}", edited.id));
    assert_eq!(fields[0].code, "bulk-undo-listing-changed");
    assert_eq!(
        shop.pending_ops().await.expect("ops").len(),
        ops,
        "nothing written"
    );
}

#[tokio::test]
async fn a_plan_is_refused_when_a_listing_changed_after_the_preview() {
    let (_dir, shop) = shop(Seed::Demo).await;
    let p = plan(
        &shop,
        &Selection::Query {
            query: usd_query(),
            except: vec![],
        },
        &BulkAction::SetStock(9),
    )
    .await;
    let victim = &p.items[3].listing;
    let old = shop.listing(&victim.id).await.expect("listing");
    let mut input = bulk::input_of(&old);
    input.texts[0].title.push_str(" (edited)");
    shop.update_listing(&victim.id, &input).await.expect("edit");
    let ops = shop.pending_ops().await.expect("ops").len();
    let err = shop
        .apply_plan(&p, &quiet, &no_cancel())
        .await
        .expect_err("stale");
    let CoreError::Validation(fields) = err else {
        panic!("validation error expected");
    };
    assert_eq!(fields[0].code, "bulk-listing-changed");
    assert_eq!(shop.pending_ops().await.expect("ops").len(), ops);
    assert_eq!(shop.recent_batches(5).await.expect("batches").len(), 0);
}

#[tokio::test]
async fn a_selection_of_ids_and_a_query_less_exceptions() {
    let (_dir, shop) = shop(Seed::Demo).await;
    let ids = shop
        .selection_ids(&Selection::Query {
            query: usd_query(),
            except: vec![],
        })
        .await
        .expect("ids");
    let total = shop.listings(&usd_query()).await.expect("page").total as usize;
    assert_eq!(ids.len(), total, "all pages, not the first");
    let fewer = shop
        .selection_ids(&Selection::Query {
            query: usd_query(),
            except: ids[..2].to_vec(),
        })
        .await
        .expect("ids");
    assert_eq!(fewer.len(), total - 2);
    let p = plan(
        &shop,
        &Selection::Ids(ids[..3].to_vec()),
        &BulkAction::SetStock(1),
    )
    .await;
    assert_eq!(p.changed + p.unchanged + p.skipped.len(), 3);
}

// ---- CSV ----

async fn import(shop: &Shop, path: &std::path::Path) -> ImportPlan {
    shop.plan_csv_import(path, &quiet, &no_cancel())
        .await
        .expect("read")
        .expect("parsed")
        .expect("not cancelled")
}

#[tokio::test]
async fn exporting_then_importing_changes_nothing() {
    let (dir, shop) = shop(Seed::Demo).await;
    for delimiter in [Delimiter::Comma, Delimiter::Semicolon] {
        let path = dir.path().join(format!("export-{delimiter:?}.csv"));
        let summary = shop.export_csv(&path, delimiter).await.expect("export");
        assert!(summary.rows > summary.listings, "variants as rows");
        let bytes = std::fs::read(&path).expect("read");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for spreadsheets");
        let plan = import(&shop, &path).await;
        assert_eq!(plan.delimiter, delimiter, "detected");
        assert!(
            plan.errors.is_empty(),
            "{:?}",
            &plan.errors[..plan.errors.len().min(3)]
        );
        assert_eq!(plan.rows, summary.rows);
        assert_eq!(plan.plan.created, 0);
        assert_eq!(plan.plan.changed, 0, "{:?}", plan.plan.lines.first());
        assert_eq!(plan.plan.unchanged, summary.listings);
        assert!(plan.plan.items.is_empty(), "zero ops");
    }
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[tokio::test]
async fn semicolon_files_with_a_bom_and_decimal_commas_import() {
    let (dir, shop) = shop(Seed::Empty).await;
    let path = write(
        &dir,
        "pt.csv",
        "\u{feff}sku;state;title.pt-BR;default_locale;tags.pt-BR;stock;price.BRL;price.KWD;price.USD\r\n\
         CAN-01;active;Caneca de cerâmica;pt-BR;cozinha, presente;5;49,90;1,250;9.5\r\n\
         CAN-02;draft;Prato \"fundo\";pt-BR;;0;120;;\r\n",
    );
    let plan = import(&shop, &path).await;
    assert_eq!(plan.delimiter, Delimiter::Semicolon);
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!((plan.plan.created, plan.invalid), (2, 0));
    shop.apply_plan(&plan.plan, &quiet, &no_cancel())
        .await
        .expect("apply");
    let p = shop
        .listings(&ListingQuery {
            search: Some("caneca".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .expect("search");
    let l = shop.listing(&p.rows[0].id).await.expect("listing");
    let prices: Vec<(String, i64)> = l.variants[0]
        .prices
        .iter()
        .map(|p| (p.currency.clone(), p.amount_minor))
        .collect();
    assert_eq!(
        prices,
        [
            ("BRL".into(), 4990),
            ("KWD".into(), 1250),
            ("USD".into(), 950)
        ]
    );
    assert_eq!(l.texts[0].tags, ["cozinha", "presente"]);
}

#[tokio::test]
async fn ambiguous_decimal_commas_are_refused() {
    use shopkeeper_core::csv::price_cell;
    assert_eq!(
        price_cell("12,50", Delimiter::Semicolon, "EUR"),
        Some("12.50".into())
    );
    assert_eq!(
        price_cell("1,234", Delimiter::Semicolon, "KWD"),
        Some("1.234".into())
    );
    assert!(
        price_cell("1,234", Delimiter::Semicolon, "EUR").is_none(),
        "thousands?"
    );
    assert!(price_cell("1.234,50", Delimiter::Semicolon, "EUR").is_none());
    assert!(price_cell("12,50", Delimiter::Comma, "EUR").is_none());
    assert!(price_cell("1500,5", Delimiter::Semicolon, "JPY").is_none());
    assert_eq!(
        price_cell(" 12.50 ", Delimiter::Comma, "EUR"),
        Some("12.50".into())
    );
}

#[tokio::test]
async fn broken_rows_name_their_line_and_column_and_good_rows_still_import() {
    let (dir, shop) = shop(Seed::Empty).await;
    let path = write(
        &dir,
        "broken.csv",
        "sku,state,title.en-US,stock,price.USD\n\
         OK-1,active,Good mug,3,12.00\n\
         BAD-1,active,Bad price,3,12.345\n\
         BAD-2,flying,Bad state,3,5\n\
         OK-2,draft,\"Quoted, with comma\",0,\n\
         BAD-3,active,Short row\n\
         BAD-4,active,,1,1.00\n\
         OK-1,active,Duplicate SKU,1,1.00\n",
    );
    let plan = import(&shop, &path).await;
    let found: Vec<(u64, &str, &str)> = plan
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.error.code))
        .collect();
    assert_eq!(
        found,
        [
            (3, "price.USD", "price-too-many-decimals"),
            (4, "state", "csv-state-invalid"),
            (6, "stock", "csv-row-length"),
            (7, "title.en-US", "title-empty"),
            (8, "sku", "sku-taken"),
        ]
    );
    assert_eq!((plan.plan.created, plan.invalid), (2, 5));
    shop.apply_plan(&plan.plan, &quiet, &no_cancel())
        .await
        .expect("apply");
    let page = shop
        .listings(&ListingQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .expect("page");
    let mut titles: Vec<&str> = page.rows.iter().map(|r| r.title.as_str()).collect();
    titles.sort();
    assert_eq!(titles, ["Good mug", "Quoted, with comma"]);
}

#[tokio::test]
async fn a_file_with_an_unknown_column_is_refused_at_its_header() {
    let (dir, shop) = shop(Seed::Empty).await;
    let path = write(&dir, "x.csv", "sku,colour\nA,red\n");
    let err = shop
        .plan_csv_import(&path, &quiet, &no_cancel())
        .await
        .expect("read")
        .expect_err("refused");
    assert_eq!(
        (err.line, err.column.as_str(), err.error.code),
        (1, "colour", "csv-column-unknown")
    );
}

#[tokio::test]
async fn importing_an_edited_export_changes_just_the_edits_and_undo_reverts_them() {
    let (dir, shop) = shop(Seed::Demo).await;
    let before = everything(&shop).await;
    let path = dir.path().join("e.csv");
    shop.export_csv(&path, Delimiter::Comma)
        .await
        .expect("export");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Change the stock of the first data row: the 7th column.
    let mut cells: Vec<String> = lines[1].split(',').map(str::to_owned).collect();
    cells[6] = "777".into();
    lines[1] = cells.join(",");
    lines.push("NEW-SKU-1,,,,,,,,,,,".into());
    std::fs::write(&path, lines.join("\n")).expect("write");
    let plan = import(&shop, &path).await;
    // The new row lacks a title: invalid, and said where.
    assert_eq!(plan.invalid, 1, "{:?}", plan.errors);
    assert_eq!(plan.errors[0].line, lines.len() as u64);
    assert_eq!(plan.plan.changed, 1);
    let stock_lines: Vec<_> = plan
        .plan
        .lines
        .iter()
        .filter(|l| l.field == "stock")
        .collect();
    assert_eq!(stock_lines.len(), 1);
    assert_eq!(stock_lines[0].after, "777");
    let applied = shop
        .apply_plan(&plan.plan, &quiet, &no_cancel())
        .await
        .expect("apply");
    let undo = shop.plan_undo(&applied.batch_id).await.expect("undo");
    shop.apply_plan(&undo, &quiet, &no_cancel())
        .await
        .expect("undo applied");
    assert_eq!(everything(&shop).await, before);
}

/// 100,000 rows: 50,000 new listings of two variants with two translations
/// and three prices, parsed, checked, previewed and applied in bounded time;
/// cancelling first leaves nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_100k_row_import_is_bounded_in_time_and_cancellable() {
    let (dir, shop) = shop(Seed::Empty).await;
    let path = dir.path().join("big.csv");
    std::fs::write(&path, big_csv(100_000)).expect("write");

    let cancel = AtomicBool::new(false);
    let seen = std::sync::Mutex::new(0usize);
    let stop_early = |p: bulk::Progress| {
        let mut n = seen.lock().expect("lock");
        *n += 1;
        if p.phase == "check" && p.done > 0 {
            cancel.store(true, Ordering::Relaxed);
        }
    };
    let cancelled = shop
        .plan_csv_import(&path, &stop_early, &cancel)
        .await
        .expect("read")
        .expect("parsed");
    assert!(cancelled.is_none(), "cancelled");
    assert!(*seen.lock().expect("lock") > 10, "progress was reported");
    assert_eq!(
        shop.listings(&ListingQuery {
            limit: 1,
            ..Default::default()
        })
        .await
        .expect("page")
        .total,
        0
    );

    let start = Instant::now();
    let plan = import(&shop, &path).await;
    assert_eq!(plan.rows, 100_000);
    assert_eq!(plan.plan.created, 50_000);
    assert!(plan.errors.is_empty(), "{:?}", plan.errors.first());
    // Cancelling the apply rolls everything back.
    let stop = AtomicBool::new(false);
    let stop_at_half = |p: bulk::Progress| {
        if p.done >= p.total / 2 {
            stop.store(true, Ordering::Relaxed);
        }
    };
    let r = shop
        .apply_plan(&plan.plan, &stop_at_half, &stop)
        .await
        .expect("apply");
    assert!(r.cancelled);
    assert_eq!(
        shop.listings(&ListingQuery {
            limit: 1,
            ..Default::default()
        })
        .await
        .expect("page")
        .total,
        0
    );
    shop.apply_plan(&plan.plan, &quiet, &no_cancel())
        .await
        .expect("apply");
    let elapsed = start.elapsed();
    assert_eq!(
        shop.listings(&ListingQuery {
            limit: 1,
            ..Default::default()
        })
        .await
        .expect("page")
        .total,
        50_000
    );
    assert!(elapsed < Duration::from_secs(120), "took {elapsed:?}");
}

/// `rows` CSV rows (two variants per listing).
pub fn big_csv(rows: usize) -> String {
    let mut s = String::with_capacity(rows * 160);
    s.push_str("listing_id,state,default_locale,sku,options,stock,title.en-US,title.pt-BR,tags.en-US,price.USD,price.BRL,price.IDR\n");
    for i in 0..rows {
        let l = i / 2;
        let size = if i % 2 == 0 { "S" } else { "M" };
        s.push_str(&format!(
            "new-{l},active,en-US,BIG-{i:06},size={size},{},Bulk mug {l},Caneca {l},\"mug, bulk\",{}.{:02},{}.90,{}00\n",
            i % 50,
            5 + i % 90,
            i % 100,
            20 + i % 300,
            150 + i % 900,
        ));
    }
    s
}
