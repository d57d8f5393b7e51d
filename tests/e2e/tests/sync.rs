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
    s.click("nav-sync").await?;
    s.fill_id("sync-url", url).await?;
    s.fill_id("sync-email", DEMO_EMAIL).await?;
    s.fill_id("sync-password", DEMO_PASSWORD).await?;
    s.click("sync-connect").await?;
    wait_synced(s).await
}

/// Waits until the status says synced with nothing pending.
async fn wait_synced(s: &Session) -> Result<()> {
    s.eventually("synced with nothing pending", || async {
        let el = s.el("sync-indicator").await?;
        let state = el.attr("data-state").await?.unwrap_or_default();
        let pending = s.els("sync-indicator-pending").await?.len();
        Ok((state == "idle" && pending == 0).then_some(()))
    })
    .await
}

async fn sync_now(s: &Session) -> Result<()> {
    s.click("nav-sync").await?;
    s.click("sync-now").await?;
    Ok(())
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

async fn scarf(
    owner: &marketplace_api::MarketplaceClient,
) -> Result<marketplace_api::dto::Listing> {
    owner
        .listings()
        .await?
        .items
        .into_iter()
        .find(|l| l.texts.iter().any(|t| t.title.contains("silk scarf")))
        .context("the scarf on the marketplace")
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
