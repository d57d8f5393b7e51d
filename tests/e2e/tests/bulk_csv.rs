//! Bulk edit and CSV import in the real app: the debug binary, its real core
//! and shop file, driven through WebDriver. The journeys read the results
//! back from the shop file through the core.

use anyhow::{Context, Result, ensure};
use shopkeeper_core::{Listing, ListingQuery, Seed, Shop};
use shopkeeper_e2e::*;
use shopkeeper_i18n::{Localizer, Value};

async fn everything(shop: &Shop) -> Result<Vec<Listing>> {
    let mut out = Vec::new();
    let mut after = None;
    loop {
        let page = shop
            .listings(&ListingQuery {
                limit: 500,
                after: after.clone(),
                ..Default::default()
            })
            .await?;
        for r in &page.rows {
            let mut l = shop.listing(&r.id).await?;
            l.updated_at = 0;
            out.push(l);
        }
        match page.next {
            Some(n) => after = Some(n),
            None => return Ok(out),
        }
    }
}

/// Waits for a toast whose message starts with `prefix` (a toast also holds
/// its Undo and dismiss buttons).
async fn toast(s: &Session, prefix: &str) -> Result<()> {
    let want = normalize(prefix);
    s.eventually(&format!("a toast reading {prefix:?}"), || {
        let want = want.clone();
        async move {
            for t in s.els("toast").await? {
                if normalize(&text_of(&t).await?).starts_with(&want) {
                    return Ok(Some(()));
                }
            }
            Ok(None)
        }
    })
    .await
}

#[tokio::test]
async fn bulk_raising_prices_on_a_filtered_selection_is_previewed_applied_and_undone() -> Result<()>
{
    let dir = fresh_data_dir()?;
    // The demo shop, created here so that its listings can be compared after.
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Demo).await?;
    let before = everything(&shop).await?;
    shop.close().await;

    let s = Session::launch("bulk-raise-undo", dir.path(), &[]).await?;
    let r = async {
        // Filter: listings priced in BRL.
        s.el("filter-currency")
            .await?
            .select_by_value("BRL")
            .await?;
        let rows = s
            .eventually("filtered rows", || async {
                let rows = s.els("row-check").await?;
                Ok((rows.len() >= 3).then_some(rows))
            })
            .await?;
        // Tick one row, shift-click a range, then take every match.
        rows[0].click().await?;
        s.wait_text("bulk-count", "1 listing selected").await?;
        s.client
            .execute(
                "const boxes = document.querySelectorAll('[data-testid=\"row-check\"]');\
                 boxes[2].dispatchEvent(new MouseEvent('click', {bubbles: true, shiftKey: true}));",
                vec![],
            )
            .await?;
        s.wait_text("bulk-count", "3 listings selected").await?;
        s.click("bulk-select-all").await?;
        let count_text = s.text("listing-count").await?;
        let total: usize = count_text
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .context("listing count")?;
        s.wait_text("bulk-count", &format!("{total} listings selected"))
            .await?;

        s.click("bulk-edit").await?;
        s.el("bulk-dialog").await?;
        s.fill_id("bulk-percent", "10").await?;
        s.el("bulk-rounding-BRL")
            .await?
            .select_by_value("to90")
            .await?;
        s.click("bulk-preview").await?;
        s.el("plan-preview").await?;
        s.wait_text("count-changed", &total.to_string()).await?;
        // Every BRL price in the preview ends in .90, and went up.
        let lines = s.els("plan-line").await?;
        ensure!(!lines.is_empty(), "the preview lists the changes");
        let mut brl = 0;
        for line in &lines {
            if line.attr("data-field").await?.as_deref() != Some("price.BRL") {
                continue;
            }
            brl += 1;
            let b = text_of(&s.child(line, "line-before").await?).await?;
            let a = text_of(&s.child(line, "line-after").await?).await?;
            ensure!(a.ends_with(".90"), "BRL after {a:?}");
            let (b, a): (f64, f64) = (b.parse()?, a.parse()?);
            ensure!(a > b, "{b} → {a} goes up");
        }
        ensure!(brl > 0, "BRL lines in the preview");
        s.click("bulk-apply").await?;
        toast(&s, &format!("{total} listings changed.")).await?;
        s.click("toast-undo").await?;
        toast(&s, "Undone:").await?;
        Ok(())
    }
    .await;
    s.finish(r).await?;

    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty).await?;
    let batches = shop.recent_batches(5).await?;
    ensure!(batches.len() == 2, "a batch and its undo: {batches:?}");
    ensure!(batches[0].kind == "undo" && batches[1].kind == "bulk-edit");
    ensure!(batches[1].undone_by.as_deref() == Some(batches[0].id.as_str()));
    ensure!(
        everything(&shop).await? == before,
        "undo restored every listing exactly"
    );
    shop.close().await;
    Ok(())
}

#[tokio::test]
async fn a_csv_with_one_bad_row_shows_the_line_and_column_in_portuguese_and_imports_the_rest()
-> Result<()> {
    let dir = fresh_data_dir()?;
    let file = dir.path().join("novos.csv");
    // A Brazilian spreadsheet: semicolons, decimal commas, a BOM.
    std::fs::write(
        &file,
        "\u{feff}sku;state;default_locale;title.pt-BR;stock;price.BRL\n\
         E2E-CSV-1;active;pt-BR;Cesto de palha E2E;4;89,90\n\
         E2E-CSV-2;active;pt-BR;Rede de algodão E2E;2;12,345\n\
         E2E-CSV-3;draft;pt-BR;Moringa de barro E2E;1;45,00\n",
    )?;
    let i18n = Localizer::new()?;
    let cell = i18n.format(
        "pt-BR",
        "error-csv-price-ambiguous",
        &[
            ("value", Value::Str("12,345".into())),
            ("currency", Value::Str("BRL".into())),
        ],
    );
    let expected = i18n.format(
        "pt-BR",
        "csv-error-at",
        &[
            ("line", Value::Int(3)),
            ("column", Value::Str("price.BRL".into())),
            ("message", Value::Str(cell)),
        ],
    );
    ensure!(expected.contains("Linha"), "pt-BR text: {expected}");

    let s = Session::launch("csv-bad-row", dir.path(), &[]).await?;
    let r = async {
        s.click("nav-settings").await?;
        s.el("settings-language")
            .await?
            .select_by_value("pt-BR")
            .await?;
        s.click("nav-listings").await?;
        s.click("csv-open").await?;
        s.el("csv-dialog").await?;
        s.fill_id("csv-import-path", &file.display().to_string())
            .await?;
        s.click("csv-check").await?;
        s.el("plan-preview").await?;
        s.wait_text("csv-error", &expected).await?;
        let e = s.el("csv-error").await?;
        ensure!(e.attr("data-line").await?.as_deref() == Some("3"));
        ensure!(e.attr("data-column").await?.as_deref() == Some("price.BRL"));
        s.wait_text("count-new", "2").await?;
        s.wait_text("count-invalid", "1").await?;
        s.click("csv-apply").await?;
        toast(&s, "2 anúncios importados.").await?;
        s.fill_id("listing-search", "E2E").await?;
        s.eventually("the two imported rows", || async {
            Ok((s.els("listing-row").await?.len() == 2).then_some(()))
        })
        .await?;
        Ok(())
    }
    .await;
    s.finish(r).await?;

    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty).await?;
    let page = shop
        .listings(&ListingQuery {
            search: Some("E2E".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    let mut titles: Vec<String> = page.rows.iter().map(|r| r.title.clone()).collect();
    titles.sort();
    ensure!(
        titles == ["Cesto de palha E2E", "Moringa de barro E2E"],
        "imported: {titles:?}"
    );
    let cesto = shop
        .listing(
            &page
                .rows
                .iter()
                .find(|r| r.title.starts_with("Cesto"))
                .context("cesto")?
                .id,
        )
        .await?;
    ensure!(
        cesto.variants[0].prices[0].amount_minor == 8990,
        "89,90 BRL"
    );
    shop.close().await;
    Ok(())
}
