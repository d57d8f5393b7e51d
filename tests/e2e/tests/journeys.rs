//! What a seller does, end to end, in the real app: the debug binary with its
//! real core and a real shop file, driven through WebDriver. Each journey
//! starts on a fresh data dir (so on a freshly created demo shop).
//!
//! Run by `scripts/test.sh` (it provides Xvfb, tauri-driver and SHOPKEEPER_APP).

use anyhow::{Context, Result, ensure};
use fantoccini::elements::Element;
use shopkeeper_core::{ListingQuery, Seed, Shop, SortField};
use shopkeeper_e2e::*;
use shopkeeper_i18n::{Localizer, Value};

/// What one variant of a listing created through the editor looks like.
struct NewVariant<'a> {
    size: &'a str,
    sku: &'a str,
    stock: &'a str,
    currency: &'a str,
    amount: &'a str,
}

async fn value(el: &Element) -> Result<String> {
    Ok(el.prop("value").await?.unwrap_or_default())
}

/// Opens the editor on a new listing and fills the default-language title and
/// the variants; does not save.
async fn fill_new_listing(s: &Session, title: &str, variants: &[NewVariant<'_>]) -> Result<()> {
    s.click("new-listing").await?;
    s.el("editor").await?;
    s.fill_id("text-title", title).await?;
    for (i, v) in variants.iter().enumerate() {
        if i > 0 {
            s.click("add-variant").await?;
        }
        let rows = s
            .eventually("the new variant row", || async {
                let rows = s.els("variant-row").await?;
                Ok((rows.len() > i).then_some(rows))
            })
            .await?;
        let row = &rows[i];
        s.fill(&s.child(row, "variant-option-name").await?, "size")
            .await?;
        s.fill(&s.child(row, "variant-option-value").await?, v.size)
            .await?;
        s.fill(&s.child(row, "variant-sku").await?, v.sku).await?;
        s.fill(&s.child(row, "variant-stock").await?, v.stock)
            .await?;
        s.child(row, "price-currency")
            .await?
            .select_by_value(v.currency)
            .await?;
        s.fill(&s.child(row, "price-amount").await?, v.amount)
            .await?;
    }
    Ok(())
}

/// Creates a one-variant listing through the editor and saves it.
async fn create_listing(s: &Session, title: &str, variant: NewVariant<'_>) -> Result<()> {
    fill_new_listing(s, title, &[variant]).await?;
    save(s).await
}

async fn save(s: &Session) -> Result<()> {
    s.click("editor-save").await?;
    s.el("editor-saved")
        .await
        .context("the editor should confirm the save")?;
    Ok(())
}

/// Types `query` into the search box and waits until exactly `n` rows show.
async fn search(s: &Session, query: &str, n: usize) -> Result<Vec<Element>> {
    s.fill_id("listing-search", query).await?;
    s.eventually(&format!("{n} row(s) for {query:?}"), || async {
        let rows = s.els("listing-row").await?;
        Ok((rows.len() == n).then_some(rows))
    })
    .await
}

async fn open_shop(dir: &std::path::Path) -> Result<Shop> {
    Ok(Shop::open(&dir.join("shop.sqlite"), Seed::Empty).await?)
}

async fn find_one(shop: &Shop, q: &str) -> Result<shopkeeper_core::Listing> {
    let page = shop
        .listings(&ListingQuery {
            search: Some(q.into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    ensure!(
        page.rows.len() == 1,
        "expected one listing for {q:?} in the shop file, found {}",
        page.rows.len()
    );
    Ok(shop.listing(&page.rows[0].id).await?)
}

async fn switch_language(s: &Session, locale: &str) -> Result<()> {
    s.click("nav-settings").await?;
    s.el("settings-language")
        .await?
        .select_by_value(locale)
        .await?;
    Ok(())
}

/// The app's own strings, to know what each language must show. Refuses a
/// locale whose navigation is still the English fallback, so that a journey
/// cannot pass just because a translation is missing.
fn l10n(locales: &[&str]) -> Result<Localizer> {
    let i18n = Localizer::new()?;
    for locale in locales {
        ensure!(
            i18n.format(locale, "nav-listings", &[]) != i18n.format("en-US", "nav-listings", &[]),
            "{locale} has no translation of the navigation"
        );
    }
    Ok(i18n)
}

#[tokio::test]
async fn a_new_listing_with_two_variants_and_a_translation_survives_a_relaunch() -> Result<()> {
    let dir = fresh_data_dir()?;
    let s = Session::launch("create-and-relaunch", dir.path(), &[]).await?;
    let r = async {
        fill_new_listing(
            &s,
            "Batik sarong Yogyakarta",
            &[
                NewVariant {
                    size: "M",
                    sku: "E2E-SAR-M",
                    stock: "5",
                    currency: "USD",
                    amount: "24.90",
                },
                NewVariant {
                    size: "L",
                    sku: "E2E-SAR-L",
                    stock: "3",
                    currency: "USD",
                    amount: "26.50",
                },
            ],
        )
        .await?;
        s.click("text-tab-pt-BR").await?;
        s.fill_id("text-title", "Sarongue batik de Yogyakarta")
            .await?;
        save(&s).await
    }
    .await;
    s.finish(r).await?;

    // What the app saved is in the shop file.
    let shop = open_shop(dir.path()).await?;
    let saved = find_one(&shop, "yogyakarta").await?;
    ensure!(saved.variants.len() == 2, "two variants saved");
    ensure!(
        saved
            .texts
            .iter()
            .any(|t| t.locale == "pt-BR" && t.title == "Sarongue batik de Yogyakarta")
    );
    ensure!(saved.variants[0].prices[0].amount_minor == 2490 && saved.variants[1].stock == 3);
    shop.close().await;

    // Relaunch: it is there, in the table and in the editor.
    let s = Session::launch("create-and-relaunch-2", dir.path(), &[]).await?;
    let r = async {
        let rows = search(&s, "Yogyakarta", 1).await?;
        rows[0].click().await?;
        s.el("editor").await?;
        let title = s
            .eventually("the saved title in the editor", || async {
                let v = value(&s.el("text-title").await?).await?;
                Ok((!v.is_empty()).then_some(v))
            })
            .await?;
        ensure!(
            title == "Batik sarong Yogyakarta",
            "title after relaunch: {title:?}"
        );
        ensure!(
            s.els("variant-row").await?.len() == 2,
            "two variants after relaunch"
        );
        s.click("text-tab-pt-BR").await?;
        let pt = value(&s.el("text-title").await?).await?;
        ensure!(
            pt == "Sarongue batik de Yogyakarta",
            "pt-BR title after relaunch: {pt:?}"
        );
        Ok(())
    }
    .await;
    s.finish(r).await
}

#[tokio::test]
async fn a_changed_price_is_saved_and_the_listing_is_found_by_search() -> Result<()> {
    let dir = fresh_data_dir()?;
    let s = Session::launch("change-price", dir.path(), &[]).await?;
    let r = async {
        let v = NewVariant {
            size: "One size",
            sku: "E2E-AMB-1",
            stock: "7",
            currency: "USD",
            amount: "19.00",
        };
        create_listing(&s, "Amber pendant Śnieżka", v).await?;
        s.click("editor-close").await?;

        // Accent-insensitive search finds it, with its price as the table shows it.
        let rows = search(&s, "sniezka amber", 1).await?;
        ensure!(normalize(&text_of(&s.child(&rows[0], "row-price").await?).await?) == "$19.00");
        rows[0].click().await?;
        let row = s
            .eventually("the variant row", || async {
                Ok(s.els("variant-row").await?.into_iter().next())
            })
            .await?;
        s.fill(&s.child(&row, "price-amount").await?, "21.50")
            .await?;
        save(&s).await?;
        s.click("editor-close").await?;

        s.fill_id("listing-search", "").await?;
        let rows = search(&s, "Śnieżka", 1).await?;
        let price = s.child(&rows[0], "row-price").await?;
        s.eventually("the new price in the table", || async {
            Ok((normalize(&text_of(&price).await?) == "$21.50").then_some(()))
        })
        .await
    }
    .await;
    s.finish(r).await?;

    let shop = open_shop(dir.path()).await?;
    let saved = find_one(&shop, "sniezka").await?;
    ensure!(
        saved.variants[0].prices[0].amount_minor == 2150,
        "the new price is in the shop file"
    );
    let kinds: Vec<String> = shop
        .pending_ops()
        .await?
        .into_iter()
        .map(|o| o.kind)
        .collect();
    ensure!(
        kinds == ["listing.create", "price.set"],
        "one create and one price op for the marketplace: {kinds:?}"
    );
    Ok(())
}

#[tokio::test]
async fn an_invalid_price_shows_a_localized_error_and_saves_nothing() -> Result<()> {
    let dir = fresh_data_dir()?;
    let i18n = l10n(&["pt-BR"])?;
    let s = Session::launch("invalid-price", dir.path(), &[]).await?;
    let r = async {
        switch_language(&s, "pt-BR").await?;
        s.wait_text("nav-listings", &i18n.format("pt-BR", "nav-listings", &[]))
            .await?;
        s.click("nav-listings").await?;
        // A Brazilian seller types a decimal comma.
        let v = NewVariant {
            size: "U",
            sku: "E2E-CUIA-1",
            stock: "2",
            currency: "BRL",
            amount: "89,90",
        };
        create_listing(&s, "Cuia de chimarrão", v).await?;

        let row = s
            .els("variant-row")
            .await?
            .into_iter()
            .next()
            .context("variant row")?;
        s.fill(&s.child(&row, "price-amount").await?, "89,905")
            .await?;
        s.click("editor-save").await?;
        let expected = i18n.format(
            "pt-BR",
            "error-price-too-many-decimals",
            &[
                ("currency", Value::Str("BRL".into())),
                ("max", Value::Int(2)),
            ],
        );
        let field = "[data-testid=\"field-error\"][data-field=\"variants.0.prices.0.amount\"]";
        let shown = s
            .eventually("the field error", || async {
                Ok(match s.client.find(fantoccini::Locator::Css(field)).await {
                    Ok(e) => Some(text_of(&e).await?),
                    Err(_) => None,
                })
            })
            .await?;
        ensure!(
            normalize(&shown) == normalize(&expected),
            "field error {shown:?}, expected {expected:?}"
        );
        s.wait_text(
            "editor-error",
            &i18n.format("pt-BR", "error-validation", &[]),
        )
        .await?;
        Ok(())
    }
    .await;
    s.finish(r).await?;

    // Nothing of the refused edit reached the shop file.
    let shop = open_shop(dir.path()).await?;
    let saved = find_one(&shop, "chimarrao").await?;
    ensure!(
        saved.variants[0].prices[0].amount_minor == 8990,
        "price unchanged: {:?}",
        saved.variants[0].prices
    );
    ensure!(
        shop.pending_ops().await?.len() == 1,
        "only the create reached the outbox"
    );
    ensure!(
        shop.listing_history(&saved.id).await?.len() == 1,
        "only the create is in the audit log"
    );
    Ok(())
}

#[tokio::test]
async fn the_ui_switches_to_russian_and_formats_prices_the_russian_way() -> Result<()> {
    let dir = fresh_data_dir()?;
    let i18n = l10n(&["ru-RU"])?;
    let s = Session::launch("russian", dir.path(), &[]).await?;
    let r = async {
        switch_language(&s, "ru-RU").await?;
        for nav in ["nav-listings", "nav-orders", "nav-settings"] {
            s.wait_text(nav, &i18n.format("ru-RU", nav, &[])).await?;
        }
        s.click("nav-listings").await?;
        let v = NewVariant {
            size: "M",
            sku: "E2E-SHAWL-1",
            stock: "4",
            currency: "RUB",
            amount: "1234,50",
        };
        create_listing(&s, "Салфетка «Снежинка», вологодское кружево", v).await?;
        s.click("editor-close").await?;
        let rows = search(&s, "снежинка", 1).await?;
        let price = normalize(&text_of(&s.child(&rows[0], "row-price").await?).await?);
        ensure!(price == "1 234,50 ₽", "a Russian price reads {price:?}");
        Ok(())
    }
    .await;
    s.finish(r).await?;

    // The choice is remembered.
    let s = Session::launch("russian-2", dir.path(), &[]).await?;
    let r = s
        .wait_text("nav-listings", &i18n.format("ru-RU", "nav-listings", &[]))
        .await;
    s.finish(r).await
}

#[tokio::test]
async fn the_ui_starts_in_the_system_language() -> Result<()> {
    let dir = fresh_data_dir()?;
    let i18n = l10n(&["pt-BR"])?;
    let s = Session::launch("system-language", dir.path(), &[("LANG", "pt_BR.UTF-8")]).await?;
    let r = async {
        s.wait_text("nav-listings", &i18n.format("pt-BR", "nav-listings", &[]))
            .await?;
        s.wait_text("nav-settings", &i18n.format("pt-BR", "nav-settings", &[]))
            .await
    }
    .await;
    s.finish(r).await
}

#[tokio::test]
async fn the_demo_shop_scrolls_to_its_last_listing() -> Result<()> {
    let dir = fresh_data_dir()?;
    let s = Session::launch("scroll-demo", dir.path(), &[]).await?;
    let r = async {
        let shop = open_shop(dir.path()).await?;
        let all = shop
            .listings(&ListingQuery { sort: SortField::Updated, descending: true, limit: 500, ..Default::default() })
            .await?;
        shop.close().await;
        ensure!(all.total >= 200, "the demo shop has {} listings", all.total);
        let count = s.text("listing-count").await?;
        ensure!(
            count.replace([',', '.', '\u{a0}', ' '], "").contains(&all.total.to_string()),
            "count shows {count:?}, shop has {}",
            all.total
        );
        let first = s.eventually("rows", || async { Ok(s.els("listing-row").await?.into_iter().next()) }).await?;
        ensure!(first.attr("data-id").await?.as_deref() == Some(all.rows[0].id.as_str()), "newest first");
        let last = all.rows.last().context("a last listing")?.id.clone();
        let selector = format!("[data-testid=\"listing-row\"][data-id=\"{last}\"]");
        s.eventually("the last demo listing after scrolling down", || async {
            s.js(
                "const t = document.querySelector('[data-testid=\"listing-table\"]'); t.scrollTop = t.scrollHeight;",
                vec![],
            )
            .await?;
            Ok(s.client.find(fantoccini::Locator::Css(&selector)).await.ok())
        })
        .await?;
        let rendered = s.els("listing-row").await?.len();
        ensure!(rendered < 120, "the table is virtualized: {rendered} rows in the DOM for {} listings", all.total);
        Ok(())
    }
    .await;
    s.finish(r).await
}

#[tokio::test]
async fn archiving_a_listing_can_be_undone_from_the_toast() -> Result<()> {
    let dir = fresh_data_dir()?;
    let s = Session::launch("archive-undo", dir.path(), &[]).await?;
    let r = async {
        let v = NewVariant {
            size: "S",
            sku: "E2E-MUG-1",
            stock: "9",
            currency: "USD",
            amount: "12.00",
        };
        create_listing(&s, "Ceramic mug Ouro Preto", v).await?;
        s.click("editor-archive").await?;
        // Archived: it leaves the table at once.
        search(&s, "Ouro Preto", 0).await?;
        s.click("toast-undo").await?;
        search(&s, "Ouro Preto", 1).await?;
        Ok(())
    }
    .await;
    s.finish(r).await?;

    let shop = open_shop(dir.path()).await?;
    let saved = find_one(&shop, "ouro preto").await?;
    ensure!(saved.archived_at.is_none(), "restored in the shop file");
    let kinds: Vec<String> = shop
        .pending_ops()
        .await?
        .into_iter()
        .map(|o| o.kind)
        .collect();
    ensure!(
        kinds == ["listing.create", "listing.archive", "listing.restore"],
        "ops: {kinds:?}"
    );
    Ok(())
}
