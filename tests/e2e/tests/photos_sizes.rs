//! Photos, size charts and translations, end to end in the real app: photos
//! generated here are imported through the editor, reordered and checked in
//! the shop file; a size chart from a template is attached and previewed as a
//! Brazilian buyer sees it; a missing pt-BR title is found and fixed side by
//! side.
//!
//! Run by `scripts/test.sh` (it provides Xvfb, tauri-driver and SHOPKEEPER_APP).

use anyhow::{Context, Result, ensure};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use shopkeeper_core::{ListingQuery, Seed, Shop};
use shopkeeper_e2e::images::{jpeg, png, with_exif};
use shopkeeper_e2e::*;
use shopkeeper_i18n::{Localizer, Value};

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
        "one listing matches {q:?}: {:?}",
        page.rows
    );
    Ok(shop.listing(&page.rows[0].id).await?)
}

/// Creates a listing with one "size" variant through the editor and saves it;
/// the editor stays open on it.
async fn create_listing(s: &Session, title: &str, sku: &str) -> Result<()> {
    s.click("new-listing").await?;
    s.el("editor").await?;
    s.fill_id("text-title", title).await?;
    let row = s
        .eventually("the variant row", || async {
            Ok(s.els("variant-row").await?.into_iter().next())
        })
        .await?;
    s.fill(&s.child(&row, "variant-option-name").await?, "size")
        .await?;
    s.fill(&s.child(&row, "variant-option-value").await?, "M")
        .await?;
    s.fill(&s.child(&row, "variant-sku").await?, sku).await?;
    s.fill(&s.child(&row, "variant-stock").await?, "4").await?;
    s.child(&row, "price-currency")
        .await?
        .select_by_value("USD")
        .await?;
    s.fill(&s.child(&row, "price-amount").await?, "24.00")
        .await?;
    s.click("editor-save").await?;
    s.el("editor-saved")
        .await
        .context("the editor should confirm the save")?;
    Ok(())
}

/// The photo names in gallery order, as the editor shows them.
async fn gallery(s: &Session) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for el in s.els("photo-item").await? {
        names.push(attr(&el, "data-photo-name").await?);
    }
    Ok(names)
}

async fn wait_gallery(s: &Session, want: &[&str]) -> Result<()> {
    s.eventually(&format!("the gallery to read {want:?}"), || async {
        let names = gallery(s).await?;
        Ok((names == want).then_some(()))
    })
    .await
}

#[tokio::test]
async fn photos_import_reorder_and_a_size_chart_previews_for_a_brazilian_buyer() -> Result<()> {
    let dir = fresh_data_dir()?;
    let src = dir.path().join("camera");
    std::fs::create_dir_all(&src)?;
    // Stored 1200x800 with EXIF orientation 6: the seller sees it upright, 800x1200.
    std::fs::write(
        src.join("rotated.jpg"),
        with_exif(&jpeg(1200, 800), 6, false),
    )?;
    std::fs::write(src.join("beach.jpg"), with_exif(&jpeg(1000, 750), 1, true))?;
    std::fs::write(src.join("flat.png"), png(600, 600))?;
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0; 64]);
    std::fs::write(src.join("iphone.heic"), heic)?;
    let i18n = Localizer::new()?;

    let s = Session::launch("photos-sizes", dir.path(), &[]).await?;
    let r = async {
        create_listing(&s, "Quilted linen blouse Ipanema", "E2E-PHOTO-1").await?;

        // Four files in one batch: three photos and one HEIC the app refuses.
        s.click("photos-paths-toggle").await?;
        let paths: Vec<String> = ["rotated.jpg", "beach.jpg", "iphone.heic", "flat.png"]
            .iter()
            .map(|n| src.join(n).display().to_string())
            .collect();
        let input = s.el("photos-paths-input").await?;
        s.press(&input).await?;
        // One path per line: WebDriver types a line break as the Enter key.
        input.send_keys(&paths.join("\u{E007}")).await?;
        s.click("photos-paths-import").await?;
        wait_gallery(&s, &["rotated.jpg", "beach.jpg", "flat.png"]).await?;

        // The bad file gets its own localized message; the others imported.
        let failure = s.el("photos-failure").await?;
        let expected = i18n.format(
            "en-US",
            "error-photo-unsupported-format",
            &[
                ("name", Value::Str("iphone.heic".into())),
                ("format", Value::Str("heic".into())),
            ],
        );
        ensure!(
            normalize(&text_of(&failure).await?) == normalize(&expected),
            "the HEIC file's message: {:?}",
            text_of(&failure).await?
        );
        // The GPS notice names the photo that carried a location.
        let notice = normalize(&s.text("photos-gps-notice").await?);
        let want = i18n.format(
            "en-US",
            "photos-gps-removed",
            &[("names", Value::Str("beach.jpg".into()))],
        );
        ensure!(notice.contains(&normalize(&want)), "GPS notice: {notice:?}");
        // The rotated photo's thumbnail is upright (portrait).
        let dims = s
            .js(
                "const i = document.querySelector('[data-photo-name=\"rotated.jpg\"] img'); \
                 return i && i.complete ? [i.naturalWidth, i.naturalHeight] : null;",
                vec![],
            )
            .await?;
        ensure!(
            dims == serde_json::json!([147, 220]),
            "rotated thumbnail {dims}"
        );
        let first = s.els("photo-item").await?;
        ensure!(
            attr(&first[0], "data-primary").await? == "true",
            "the first photo is primary"
        );

        // Reorder: the rotated photo one place later, then make the PNG primary.
        let items = s.els("photo-item").await?;
        let button = s.child(&items[0], "photo-move-later").await?;
        s.press(&button).await?;
        wait_gallery(&s, &["beach.jpg", "rotated.jpg", "flat.png"]).await?;
        let items = s.els("photo-item").await?;
        let button = s.child(&items[2], "photo-make-primary").await?;
        s.press(&button).await?;
        s.eventually("the PNG to become primary", || async {
            let items = s.els("photo-item").await?;
            Ok((attr(&items[2], "data-primary").await? == "true").then_some(()))
        })
        .await?;
        // And back one place with the keyboard: Alt+← on the focused photo.
        let items = s.els("photo-item").await?;
        s.js(
            "arguments[0].focus();",
            vec![serde_json::to_value(&items[2])?],
        )
        .await?;
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: '\u{E00A}' })
            .then(KeyAction::Down { value: '\u{E012}' })
            .then(KeyAction::Up { value: '\u{E012}' })
            .then(KeyAction::Up { value: '\u{E00A}' });
        s.client.perform_actions(keys).await?;
        s.client.release_actions().await?;
        wait_gallery(&s, &["beach.jpg", "flat.png", "rotated.jpg"]).await?;

        // A size chart from the women's tops template.
        s.click("editor-close").await?;
        s.click("nav-sizes").await?;
        s.click("sizes-template-womens-tops").await?;
        s.fill_id("size-chart-name", "Ipanema blouses").await?;
        s.click("size-chart-save").await?;
        s.eventually("the saved chart in the list", || async {
            for el in s.els("size-chart-item").await? {
                if attr(&el, "data-name").await? == "Ipanema blouses" {
                    return Ok(Some(()));
                }
            }
            Ok(None)
        })
        .await?;

        // Attach it to the listing's size option and preview it as a Brazilian buyer.
        s.click("nav-listings").await?;
        s.fill_id("listing-search", "Quilted").await?;
        let row = s
            .eventually("the listing row", || async {
                let rows = s.els("listing-row").await?;
                Ok((rows.len() == 1).then(|| rows.into_iter().next()).flatten())
            })
            .await?;
        s.press(&row).await?;
        let select = s.el("listing-size-chart-select").await?;
        s.reveal(&select).await?;
        select.select_by_label("Ipanema blouses").await?;
        let market = s.el("size-preview-market").await?;
        s.reveal(&market).await?;
        market.select_by_value("BR").await?;
        s.eventually("the Brazilian preview", || async {
            let table = s.el("size-preview-table").await?;
            if attr(&table, "data-market").await? != "BR" {
                return Ok(None);
            }
            let mut labels = Vec::new();
            for l in s.els("size-preview-label").await? {
                labels.push(text_of(&l).await?);
            }
            Ok((labels == ["PP", "P", "M", "G", "GG"]).then_some(()))
        })
        .await?;
        let table = s.el("size-preview-table").await?;
        ensure!(
            attr(&table, "data-unit").await? == "cm",
            "Brazilians read centimetres"
        );
        let first_row = text_of(&s.els("size-preview-row").await?[0]).await?;
        ensure!(
            first_row.contains("78–82"),
            "bust range in cm: {first_row:?}"
        );
        Ok(())
    }
    .await;
    s.finish(r).await?;

    // The shop file holds what the seller saw.
    let shop = open_shop(dir.path()).await?;
    let listing = find_one(&shop, "Quilted").await?;
    let photos = shop.listing_photos(&listing.id).await?;
    let names: Vec<(&str, bool, bool)> = photos
        .iter()
        .map(|p| (p.original_name.as_str(), p.is_primary, p.had_gps))
        .collect();
    ensure!(
        names
            == [
                ("beach.jpg", false, true),
                ("flat.png", true, false),
                ("rotated.jpg", false, false)
            ],
        "photos in the shop file: {names:?}"
    );
    for p in &photos {
        for r in &p.renditions {
            let bytes = std::fs::read(shop.photos_dir().join(&r.file))?;
            ensure!(
                !bytes.windows(6).any(|w| w == b"Exif\0\0"),
                "{} carries EXIF",
                r.file
            );
        }
    }
    let charts = shop.listing_size_charts(&listing.id).await?;
    let chart = shop
        .size_chart(charts.get("size").context("size chart attached")?)
        .await?;
    ensure!(chart.name == "Ipanema blouses");
    let kinds: Vec<String> = shop
        .pending_ops()
        .await?
        .into_iter()
        .map(|o| o.kind)
        .collect();
    for k in [
        "photo.add",
        "photo.reorder",
        "photo.primary",
        "size_chart.create",
        "listing.size_chart",
    ] {
        ensure!(kinds.iter().any(|x| x == k), "{k} op missing: {kinds:?}");
    }
    Ok(())
}

#[tokio::test]
async fn a_missing_portuguese_title_is_found_and_fixed_side_by_side() -> Result<()> {
    let dir = fresh_data_dir()?;
    let s = Session::launch("translations", dir.path(), &[]).await?;
    let r = async {
        create_listing(&s, "Carved walnut spoon Tarumã", "E2E-TR-1").await?;
        s.click("editor-close").await?;
        s.click("nav-translations").await?;
        let missing_before = s
            .eventually("the pt-BR completeness", || async {
                for el in s.els("translations-locale").await? {
                    if attr(&el, "data-locale").await? == "pt-BR" {
                        return Ok(Some(attr(&el, "data-missing-title").await?.parse::<i64>()?));
                    }
                }
                Ok(None)
            })
            .await?;
        ensure!(
            missing_before >= 1,
            "at least the new listing lacks a pt-BR title"
        );
        s.el("translations-target-locale")
            .await?
            .select_by_value("pt-BR")
            .await?;
        s.fill_id("translations-search", "walnut Tarumã").await?;
        // The list re-renders as the search narrows it: click the row until
        // it shows as the one open beside the list.
        s.eventually("the listing among those missing pt-BR to open", || async {
            for el in s.els("translations-missing-item").await? {
                if attr(&el, "data-title").await? == "Carved walnut spoon Tarumã" {
                    if el.attr("aria-current").await?.as_deref() == Some("true") {
                        return Ok(Some(()));
                    }
                    let _ = s.press(&el).await;
                }
            }
            Ok(None)
        })
        .await?;
        s.wait_text("translation-source-title", "Carved walnut spoon Tarumã")
            .await?;
        s.fill_id(
            "translation-target-title",
            "Colher de nogueira entalhada Tarumã",
        )
        .await?;
        s.fill_id("translation-target-tags", "colher, nogueira")
            .await?;
        s.click("translation-save").await?;
        // It leaves the "missing" list and the count drops by one.
        s.el("translations-none-missing").await?;
        s.eventually("the pt-BR count to drop", || async {
            for el in s.els("translations-locale").await? {
                if attr(&el, "data-locale").await? == "pt-BR" {
                    let n: i64 = attr(&el, "data-missing-title").await?.parse()?;
                    return Ok((n == missing_before - 1).then_some(()));
                }
            }
            Ok(None)
        })
        .await
    }
    .await;
    s.finish(r).await?;

    let shop = open_shop(dir.path()).await?;
    let listing = find_one(&shop, "Tarumã walnut").await?;
    let pt = listing
        .texts
        .iter()
        .find(|t| t.locale == "pt-BR")
        .context("pt-BR text saved")?;
    ensure!(pt.title == "Colher de nogueira entalhada Tarumã");
    ensure!(pt.tags == ["colher", "nogueira"]);
    let kinds: Vec<String> = shop
        .pending_ops()
        .await?
        .into_iter()
        .map(|o| o.kind)
        .collect();
    ensure!(
        kinds == ["listing.create", "listing.patch"],
        "ops: {kinds:?}"
    );
    Ok(())
}
