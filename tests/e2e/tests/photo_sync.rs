//! Listing photos between two real app instances through one real sandbox
//! marketplace process (ADR 0720): photos imported and reordered on A while
//! it is offline reach the marketplace in A's order once A is back, and B
//! shows the same gallery with real thumbnails; a photo A removes leaves B.

use std::time::Duration;

use anyhow::{Context, Result, ensure};
use fantoccini::elements::Element;
use shopkeeper_core::marketplace::{DEMO_EMAIL, DEMO_PASSWORD};
use shopkeeper_e2e::*;

/// Opens the demo scarf in the editor.
async fn open_scarf(s: &Session) -> Result<()> {
    s.click("nav-listings").await?;
    s.fill_id("listing-search", "silk scarf").await?;
    let row = s
        .eventually("the scarf's row", || async {
            for r in s.els("listing-row").await? {
                if text_of(&r).await?.to_lowercase().contains("scarf") {
                    return Ok(Some(r));
                }
            }
            Ok(None)
        })
        .await?;
    row.click().await?;
    s.el("photos-panel").await?;
    Ok(())
}

/// The editor's photo items once there are `n` of them (the editor reads
/// its gallery after the panel shows, and imports add to it).
async fn photo_items(s: &Session, n: usize) -> Result<Vec<Element>> {
    s.eventually(&format!("{n} photos in the editor"), || async {
        let items = s.els("photo-item").await?;
        Ok((items.len() == n).then_some(items))
    })
    .await
}

/// The gallery's photo ids in order, and whether each shows a thumbnail.
async fn gallery(s: &Session) -> Result<Vec<(String, bool)>> {
    let mut out = Vec::new();
    for el in s.els("photo-item").await? {
        let id = attr(&el, "data-photo-id").await?;
        let has_img = s
            .js(
                "return !!arguments[0].querySelector('img');",
                vec![serde_json::to_value(&el)?],
            )
            .await?
            == serde_json::json!(true);
        out.push((id, has_img));
    }
    Ok(out)
}

/// Reopens the scarf on `s` (syncing between tries) until its gallery is
/// `want`, every photo with its thumbnail.
async fn until_gallery(s: &Session, want: &[String]) -> Result<()> {
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    loop {
        open_scarf(s).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let got = gallery(s).await?;
        s.click("editor-close").await?;
        let ids: Vec<&String> = got.iter().map(|(id, _)| id).collect();
        if ids == want.iter().collect::<Vec<_>>() && got.iter().all(|(_, img)| *img) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            anyhow::bail!("gallery {got:?}, want {want:?}");
        }
        s.sync_now().await?;
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

#[tokio::test]
async fn photos_added_offline_reach_the_marketplace_and_a_teammate() -> Result<()> {
    let market = Marketplace::start_demo().await?;
    let owner = market.owner().await?;
    let link_a = Link::to(&market.url).await?;
    let dir_a = fresh_data_dir()?;
    let dir_b = fresh_data_dir()?;
    let src = dir_a.path().join("camera");
    std::fs::create_dir_all(&src)?;
    std::fs::write(src.join("front.jpg"), images::jpeg_shaded(1200, 900, 30))?;
    std::fs::write(src.join("detail.jpg"), images::jpeg_shaded(700, 900, 220))?;
    let a = Session::launch_with("photosync-a", dir_a.path(), &[], &["--start", "empty"]).await?;
    let b =
        match Session::launch_with("photosync-b", dir_b.path(), &[], &["--start", "empty"]).await {
            Ok(b) => b,
            Err(e) => {
                a.finish(Err(anyhow::anyhow!("second app did not start")))
                    .await
                    .ok();
                return Err(e);
            }
        };
    let r = async {
        a.connect_marketplace(&link_a.url, DEMO_EMAIL, DEMO_PASSWORD)
            .await?;
        b.connect_marketplace(&market.url, DEMO_EMAIL, DEMO_PASSWORD)
            .await?;
        a.wait_synced().await?;
        let before: Vec<String> = scarf(&owner)
            .await?
            .photos
            .iter()
            .map(|p| p.id.to_string())
            .collect();

        // Offline on A: two photos, the second moved first.
        link_a.set_online(false);
        open_scarf(&a).await?;
        a.click("photos-paths-toggle").await?;
        let paths: Vec<String> = ["front.jpg", "detail.jpg"]
            .iter()
            .map(|n| src.join(n).display().to_string())
            .collect();
        let input = a.el("photos-paths-input").await?;
        a.press(&input).await?;
        input.send_keys(&paths.join("\u{E007}")).await?;
        a.click("photos-paths-import").await?;
        let n = before.len();
        let items = photo_items(&a, n + 2).await?;
        let button = a.child(&items[n + 1], "photo-move-earlier").await?;
        a.press(&button).await?;
        let order = a
            .eventually("the reorder", || async {
                let items = a.els("photo-item").await?;
                let name = attr(&items[n], "data-photo-name").await?;
                if name != "detail.jpg" {
                    return Ok(None);
                }
                let mut ids = Vec::new();
                for el in &items {
                    ids.push(attr(el, "data-photo-id").await?);
                }
                Ok(Some(ids))
            })
            .await?;
        a.click("editor-close").await?;
        ensure!(
            scarf(&owner).await?.photos.len() == n,
            "nothing reaches the marketplace while A is offline"
        );

        // A is back: the marketplace has A's gallery, B shows it.
        link_a.set_online(true);
        a.sync_now().await?;
        a.wait_synced().await?;
        a.eventually("the gallery on the marketplace", || async {
            let got: Vec<String> = scarf(&owner)
                .await?
                .photos
                .iter()
                .map(|p| p.id.to_string())
                .collect();
            Ok((got == order).then_some(()))
        })
        .await?;
        until_gallery(&b, &order).await?;

        // A removes its front photo: gone on the marketplace and on B.
        open_scarf(&a).await?;
        let front = order
            .iter()
            .position(|id| !before.contains(id) && *id != order[n])
            .context("the front photo")?;
        let items = photo_items(&a, order.len()).await?;
        let remove = a.child(&items[front], "photo-remove").await?;
        a.press(&remove).await?;
        a.eventually("the removal on A", || async {
            Ok((a.els("photo-item").await?.len() == n + 1).then_some(()))
        })
        .await?;
        a.click("editor-close").await?;
        let mut rest = order.clone();
        rest.remove(front);
        a.sync_now().await?;
        a.wait_synced().await?;
        until_gallery(&b, &rest).await?;
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
