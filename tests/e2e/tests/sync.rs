//! Two real app instances (two data dirs) syncing through one real sandbox
//! marketplace process: offline edits, merged concurrent edits, a price
//! conflict resolved in the conflict inbox, and stock sold on the marketplace
//! while restocked offline. Each app reaches the marketplace through its own
//! loopback link that the test can cut ("offline").

use std::time::Duration;

use anyhow::{Context, Result, ensure};
use fantoccini::Locator;
use fantoccini::elements::Element;
use shopkeeper_core::marketplace::{DEMO_EMAIL, DEMO_PASSWORD};
use shopkeeper_e2e::*;

/// The demo marketplace's listing the journey edits.
const SCARF: &str = "Hand-woven silk scarf";

async fn value(el: &Element) -> Result<String> {
    Ok(el.prop("value").await?.unwrap_or_default())
}

async fn connect(s: &Session, url: &str) -> Result<()> {
    s.connect_marketplace(url, DEMO_EMAIL, DEMO_PASSWORD).await
}

async fn wait_synced(s: &Session) -> Result<()> {
    s.wait_synced().await
}

async fn sync_now(s: &Session) -> Result<()> {
    s.sync_now().await
}

/// Opens the scarf in the editor from the Listings page.
async fn open_scarf(s: &Session) -> Result<()> {
    s.click("nav-listings").await?;
    s.fill_id("listing-search", "silk scarf").await?;
    let row = s
        .eventually("the scarf's row", || async {
            for r in s.els("listing-row").await? {
                if text_of(&r).await?.contains(SCARF) || text_of(&r).await?.contains("scarf") {
                    return Ok(Some(r));
                }
            }
            Ok(None)
        })
        .await?;
    row.click().await?;
    s.el("editor").await?;
    s.eventually("the editor to load", || async {
        Ok((!value(&s.el("text-title").await?).await?.is_empty()).then_some(()))
    })
    .await
}

async fn price_input(s: &Session, currency: &str) -> Result<Element> {
    let sel = format!(
        "[data-testid=\"variant-row\"] [data-currency=\"{currency}\"] [data-testid=\"price-amount\"]"
    );
    s.eventually(&format!("the {currency} price field"), || async {
        Ok(s.client.find(Locator::Css(&sel)).await.ok())
    })
    .await
}

async fn save_and_close(s: &Session) -> Result<()> {
    s.click("editor-save").await?;
    s.el("editor-saved")
        .await
        .context("the editor should confirm the save")?;
    s.click("editor-close").await?;
    Ok(())
}

/// Reopens the scarf until `check` holds for the editor (sync may take a cycle).
async fn until_editor<F, Fut>(s: &Session, what: &str, check: F) -> Result<()>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        open_scarf(s).await?;
        let ok = check().await?;
        s.click("editor-close").await?;
        if ok {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            anyhow::bail!("timed out waiting for {what}");
        }
        sync_now(s).await?;
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

#[tokio::test]
async fn two_desktops_sync_offline_edits_conflicts_and_stock() -> Result<()> {
    let market = Marketplace::start_demo().await?;
    let owner = market.owner().await?;
    let link_a = Link::to(&market.url).await?;
    let link_b = Link::to(&market.url).await?;
    let dir_a = fresh_data_dir()?;
    let dir_b = fresh_data_dir()?;
    let a = Session::launch_with("sync-a", dir_a.path(), &[], &["--start", "empty"]).await?;
    let b = match Session::launch_with("sync-b", dir_b.path(), &[], &["--start", "empty"]).await {
        Ok(b) => b,
        Err(e) => {
            a.finish(Err(anyhow::anyhow!("second app did not start")))
                .await
                .ok();
            return Err(e);
        }
    };
    let r = async {
        connect(&a, &link_a.url).await?;
        connect(&b, &link_b.url).await?;

        // A is offline and edits the title; B edits the USD price of the same listing.
        link_a.set_online(false);
        open_scarf(&a).await?;
        a.fill_id("text-title", "Hand-woven silk scarf, indigo")
            .await?;
        save_and_close(&a).await?;
        a.eventually("A to show a pending change", || async {
            Ok((!a.els("sync-indicator-pending").await?.is_empty()).then_some(()))
        })
        .await?;
        open_scarf(&b).await?;
        let usd = price_input(&b, "USD").await?;
        b.fill(&usd, "26.00").await?;
        save_and_close(&b).await?;
        wait_synced(&b).await?;

        // A comes back: both show both changes.
        link_a.set_online(true);
        sync_now(&a).await?;
        wait_synced(&a).await?;
        until_editor(&a, "B's price on A", || async {
            Ok(value(&price_input(&a, "USD").await?).await? == "26.00"
                && value(&a.el("text-title").await?).await? == "Hand-woven silk scarf, indigo")
        })
        .await?;
        until_editor(&b, "A's title on B", || async {
            Ok(
                value(&b.el("text-title").await?).await? == "Hand-woven silk scarf, indigo"
                    && value(&price_input(&b, "USD").await?).await? == "26.00",
            )
        })
        .await?;

        // Both edit the same price; B was offline, so B's edit conflicts.
        link_b.set_online(false);
        open_scarf(&a).await?;
        a.fill(&price_input(&a, "USD").await?, "27.00").await?;
        save_and_close(&a).await?;
        wait_synced(&a).await?;
        open_scarf(&b).await?;
        b.fill(&price_input(&b, "USD").await?, "28.00").await?;
        save_and_close(&b).await?;
        link_b.set_online(true);
        sync_now(&b).await?;
        let conflict = b
            .eventually("the conflict in B's inbox", || async {
                Ok(b.els("sync-conflict").await?.into_iter().next())
            })
            .await?;
        let mine = normalize(&text_of(&b.child(&conflict, "sync-conflict-mine").await?).await?);
        let theirs = normalize(&text_of(&b.child(&conflict, "sync-conflict-theirs").await?).await?);
        ensure!(
            mine == "$28.00" && theirs == "$27.00",
            "conflict shows {mine:?} / {theirs:?}"
        );
        // Who holds the marketplace's value: the demo owner, on A's desktop.
        let by = b
            .eventually("the conflict to name who changed it", || async {
                Ok(b.els("sync-conflict-by").await?.into_iter().next())
            })
            .await?;
        let by = normalize(&text_of(&by).await?);
        ensure!(
            by.contains("Owner") && by.contains("Shopkeeper on"),
            "conflict author: {by:?}"
        );
        b.child(&conflict, "sync-conflict-keep-mine")
            .await?
            .click()
            .await?;
        b.eventually("the inbox to empty", || async {
            Ok((!b.els("sync-conflicts-empty").await?.is_empty()).then_some(()))
        })
        .await?;
        wait_synced(&b).await?;
        until_editor(&a, "B's resolved price on A", || async {
            Ok(value(&price_input(&a, "USD").await?).await? == "28.00")
        })
        .await?;

        // Stock: sold on the marketplace while A is offline and restocks 5.
        link_a.set_online(false);
        open_scarf(&a).await?;
        let before: i64 = value(&a.el("variant-stock").await?).await?.parse()?;
        a.click("variant-stock-adjust").await?;
        a.fill_id("stock-adjust-delta", "5").await?;
        a.click("stock-adjust-apply").await?;
        a.eventually("the restock in the editor", || async {
            Ok(
                (value(&a.el("variant-stock").await?).await? == (before + 5).to_string())
                    .then_some(()),
            )
        })
        .await?;
        a.click("editor-close").await?;
        // A buyer buys one on the marketplace meanwhile.
        sell_one_scarf(&owner).await?;
        link_a.set_online(true);
        sync_now(&a).await?;
        wait_synced(&a).await?;
        let want = (before + 5 - 1).to_string();
        until_editor(&a, "restock plus sale on A", || async {
            Ok(value(&a.el("variant-stock").await?).await? == want)
        })
        .await?;
        sync_now(&b).await?;
        until_editor(&b, "restock plus sale on B", || async {
            Ok(value(&b.el("variant-stock").await?).await? == want)
        })
        .await?;
        ensure!(
            scarf_stock(&owner).await? == before + 4,
            "the marketplace agrees"
        );
        Ok(())
    }
    .await;
    let ra = a
        .finish(r.as_ref().map(|_| ()).map_err(|e| anyhow::anyhow!("{e:#}")))
        .await;
    let rb = b.finish(Ok(())).await;
    market.stop().await;
    ra?;
    rb?;
    r
}

async fn scarf_stock(owner: &marketplace_api::MarketplaceClient) -> Result<i64> {
    Ok(scarf(owner).await?.variants[0].stock)
}

async fn sell_one_scarf(owner: &marketplace_api::MarketplaceClient) -> Result<()> {
    let l = scarf(owner).await?;
    owner
        .stock_adjust(
            l.variants[0].id,
            &marketplace_api::dto::StockAdjust {
                delta: -1,
                reason: marketplace_api::dto::StockReason::Sold,
            },
            uuid::Uuid::now_v7(),
        )
        .await?;
    Ok(())
}

/// The number in a text such as "4,312 listings".
fn number_in(text: &str) -> Result<u64> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits
        .parse()
        .with_context(|| format!("no number in {text:?}"))
}

/// How far a stream's download is on the Sync page: (received, total).
async fn stream_progress(s: &Session, stream: &str) -> Result<Option<(u64, u64)>> {
    let Some(row) = s
        .els(&format!("sync-progress-{stream}"))
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let received = row.attr("data-received").await?;
    let total = row.attr("data-total").await?;
    Ok(match (received, total) {
        (Some(r), Some(t)) => Some((r.parse()?, t.parse()?)),
        _ => None,
    })
}

/// Issue #5: the first download of a large shop shows progress bars with
/// counts per stream towards the marketplace's totals, can be paused (the
/// app stays usable) and continues where it stopped.
#[tokio::test]
async fn a_large_shop_downloads_with_progress_and_resumes_after_a_pause() -> Result<()> {
    // Each request waits 150 ms, so the download takes long enough to watch.
    let market = Marketplace::start_demo_with(&[
        "--bulk-listings",
        "8000",
        "--bulk-orders",
        "1500",
        "--fault-delay-ms",
        "150",
    ])
    .await?;
    let owner = market.owner().await?;
    let dir = fresh_data_dir()?;
    let s = Session::launch_with("initial-sync", dir.path(), &[], &["--start", "empty"]).await?;
    let r = async {
        s.sign_in(&market.url, DEMO_EMAIL, DEMO_PASSWORD).await?;
        s.click("nav-sync").await?;
        // Listings come first: a determinate bar with "n of total".
        let (received, total) = s
            .eventually("the listings' progress towards a total", || async {
                Ok(stream_progress(&s, "catalog")
                    .await?
                    .filter(|(r, t)| *r > 0 && r < t))
            })
            .await?;
        ensure!(
            total > 8000,
            "the total counts the bulk listings: {received}/{total}"
        );
        let line = s.text("sync-progress-catalog").await?;
        ensure!(line.contains(" of "), "{line:?} says how many of how many");
        s.el("sync-progress-overall").await?;
        s.el("sync-indicator-download").await?;

        s.click("sync-pause").await?;
        s.eventually("the download to stop", || async {
            Ok((s
                .el("sync-status")
                .await?
                .attr("data-state")
                .await?
                .as_deref()
                == Some("paused"))
            .then_some(()))
        })
        .await?;
        // Nothing more arrives while paused, and what arrived stays shown.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let stopped = stream_progress(&s, "catalog")
            .await?
            .context("the progress stays on screen while paused")?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        ensure!(
            stream_progress(&s, "catalog").await? == Some(stopped),
            "nothing is pulled while paused"
        );
        ensure!(stopped.0 < stopped.1, "paused before the end: {stopped:?}");
        s.wait_text("sync-resume", "Continue download").await?;
        ensure!(
            s.text("sync-indicator")
                .await?
                .contains("Download paused at"),
            "the sidebar says how far the paused download is"
        );

        // The app stays usable: the listings downloaded so far can be searched.
        s.click("nav-listings").await?;
        s.fill_id("listing-search", "Bolsa de couro artesanal")
            .await?;
        s.eventually("downloaded listings to be searchable", || async {
            Ok((!s.els("listing-row").await?.is_empty()).then_some(()))
        })
        .await?;

        // Continue: the download picks up where it stopped and completes.
        s.click("nav-sync").await?;
        s.click("sync-resume").await?;
        s.eventually(
            "the rest to be expected, not the whole shop again",
            || async {
                Ok(stream_progress(&s, "catalog")
                    .await?
                    .filter(|(r, t)| *r > 0 && *t == stopped.1 - stopped.0))
            },
        )
        .await?;
        s.wait_synced().await?;

        // Every listing of the marketplace is in the app, once.
        let mut on_market = 0u64;
        let mut after = None;
        loop {
            let page = owner.list_listings(after, 200).await?;
            on_market += page.items.len() as u64;
            after = page.next_after;
            if after.is_none() {
                break;
            }
        }
        s.click("nav-listings").await?;
        s.fill_id("listing-search", "").await?;
        s.eventually("the app to count every listing", || async {
            let n = number_in(&s.text("listing-count").await?)?;
            Ok((n == on_market).then_some(()))
        })
        .await
        .with_context(|| format!("the marketplace has {on_market} listings"))?;
        Ok(())
    }
    .await;
    let r = s.finish(r).await;
    market.stop().await;
    r
}
