//! Issue 7 item 6's journey in the real app: a buyer opens a dispute on a
//! demo order on the sandbox marketplace; the seller finds it in the Orders
//! page's Disputes tab after a sync, answers with text and evidence (the
//! evidence pack PDF, a photo, the tracking number when the order has one,
//! and a note); the marketplace receives exactly one answer with that
//! evidence and the files; the marketplace resolves it and the app shows it
//! resolved after a sync. The buyer's statement is hostile markup and shows
//! as text.

use anyhow::{Context, Result, ensure};
use marketplace_api::dto::{
    Dispute, DisputeResolution, EvidenceKind, MessageAuthor, Order, OrderPage, OrderState,
    SimDispute,
};
use marketplace_api::{MarketplaceClient, Method};
use shopkeeper_core::marketplace::{DEMO_EMAIL, DEMO_PASSWORD};
use shopkeeper_e2e::*;

const STATEMENT: &str = "Não recebi o pedido. <img src=x onerror=\"window.__pwned=1\">";
const ANSWER: &str = "Enviamos no prazo; o rastreio mostra a entrega na portaria.";
const NOTE: &str = "Entregue em 20/11, assinado pela portaria";

async fn marketplace_disputes(owner: &MarketplaceClient) -> Result<Vec<Dispute>> {
    Ok(owner
        .call::<(), _>(Method::GET, "/v1/disputes", None, &[], None)
        .await?)
}

/// A demo order that can be disputed: shipped (with a tracking number)
/// when there is one, else paid; never one already disputed.
async fn disputable_order(owner: &MarketplaceClient) -> Result<Order> {
    let disputed: Vec<uuid::Uuid> = marketplace_disputes(owner)
        .await?
        .into_iter()
        .map(|d| d.order_id)
        .collect();
    let page: OrderPage = owner.orders().await?;
    let free: Vec<Order> = page
        .items
        .into_iter()
        .filter(|o| !disputed.contains(&o.id))
        .collect();
    free.iter()
        .find(|o| o.state == OrderState::Shipped)
        .or_else(|| free.iter().find(|o| o.state == OrderState::Paid))
        .cloned()
        .context("the demo marketplace has no order to dispute")
}

/// The dispute section's state, once it shows.
async fn dispute_state(s: &Session) -> Result<Option<String>> {
    match s.els("dispute-state").await?.into_iter().next() {
        Some(el) => Ok(Some(attr(&el, "data-state").await?)),
        None => Ok(None),
    }
}

/// Opens the Disputes tab and the dispute of order `number`.
async fn open_dispute(s: &Session, number: &str) -> Result<()> {
    s.click("nav-orders").await?;
    s.click("orders-tab-disputes").await?;
    s.eventually(&format!("the dispute of {number} open"), || async {
        for r in s.els("dispute-row").await? {
            if attr(&r, "data-order-number").await? == number {
                let open = s.child(&r, "dispute-open").await?;
                let _ = s.press(&open).await;
                return Ok(s.els("order-dispute").await?.into_iter().next().map(|_| ()));
            }
        }
        Ok(None)
    })
    .await
}

#[tokio::test]
async fn a_seller_answers_a_dispute_once_with_evidence_and_sees_it_resolved() -> Result<()> {
    let market = Marketplace::start_demo().await?;
    let owner = market.owner().await?;
    let order = disputable_order(&owner).await?;
    let opened: Dispute = owner
        .call(
            Method::POST,
            "/v1/sim/disputes",
            Some(&SimDispute {
                order_id: order.id,
                reason: Some("not_received".into()),
                statement: Some(STATEMENT.into()),
            }),
            &[],
            None,
        )
        .await?;
    let number = order_number(&order.id);

    let data = fresh_data_dir()?;
    let s = Session::launch_with(
        "disputes-answer-once",
        data.path(),
        &[("LANG", "en_US.UTF-8")],
        &["--start", "empty"],
    )
    .await?;
    let with_tracking = std::cell::Cell::new(false);
    let result = async {
        s.connect_marketplace(&market.url, DEMO_EMAIL, DEMO_PASSWORD)
            .await?;
        open_dispute(&s, &number).await?;
        ensure!(
            dispute_state(&s).await?.as_deref() == Some("open"),
            "a new dispute awaits the seller's answer"
        );
        let statement = s.text("dispute-statement").await?;
        ensure!(
            statement.contains("<img src=x onerror="),
            "the buyer's markup shows as text: {statement:?}"
        );
        ensure!(s.js("return typeof window.__pwned;", vec![]).await? == "undefined");

        // Sending nothing is refused with a message, and nothing is queued.
        s.click("dispute-send").await?;
        s.eventually("the empty-answer error", || async {
            Ok(s.els("dispute-text-error")
                .await?
                .into_iter()
                .next()
                .map(|_| ()))
        })
        .await?;

        s.fill_id("dispute-text", ANSWER).await?;
        s.fill_id("dispute-note", NOTE).await?;
        // The evidence pack is on by default for a synced order; one photo.
        let pack = s.el("dispute-include-pack").await?;
        ensure!(
            pack.prop("checked").await?.as_deref() == Some("true"),
            "the evidence pack is attached by default"
        );
        let photo = data.path().join("parcel-at-door.jpg");
        std::fs::write(&photo, images::jpeg(800, 600))?;
        s.click("dispute-photo-paths-toggle").await?;
        s.fill_id("dispute-photo-paths", &photo.display().to_string())
            .await?;
        s.click("dispute-photo-paths-add").await?;
        s.eventually("the photo listed", || async {
            Ok((s.els("dispute-photo").await?.len() == 1).then_some(()))
        })
        .await?;
        if let Some(cb) = s.els("dispute-include-tracking").await?.into_iter().next() {
            with_tracking.set(true);
            if cb.prop("checked").await?.as_deref() != Some("true") {
                s.press(&cb).await?;
            }
        }
        s.click("dispute-send").await?;
        // Saved at once (background sync may already have delivered it).
        s.eventually("the answer saved", || async {
            let pending = s.els("dispute-answer").await?.len();
            let delivered = s.els("dispute-response").await?.len();
            Ok((pending + delivered == 1 && s.els("dispute-send").await?.is_empty()).then_some(()))
        })
        .await?;

        // Sync delivers it; the marketplace's copy replaces the pending one.
        s.sync_now().await?;
        s.wait_synced().await?;
        open_dispute(&s, &number).await?;
        s.eventually("the dispute answered", || async {
            let answered = dispute_state(&s).await?.as_deref() == Some("seller_responded")
                && s.els("dispute-response").await?.len() == 1
                && s.els("dispute-answer").await?.is_empty();
            Ok(answered.then_some(()))
        })
        .await?;
        // Another sync sends nothing again.
        s.sync_now().await?;
        s.wait_synced().await?;

        // The marketplace decides; the app shows it after a sync.
        let _: Dispute = owner
            .call(
                Method::POST,
                &format!("/v1/sim/disputes/{}/resolve", opened.id),
                Some(&DisputeResolution {
                    in_favour_of: MessageAuthor::Seller,
                    note: "Delivery confirmed by the carrier.".into(),
                }),
                &[],
                None,
            )
            .await?;
        s.sync_now().await?;
        s.wait_synced().await?;
        open_dispute(&s, &number).await?;
        s.eventually("the dispute resolved", || async {
            Ok((dispute_state(&s).await?.as_deref() == Some("resolved_seller")).then_some(()))
        })
        .await?;
        let resolution = s.text("dispute-resolution").await?;
        ensure!(
            resolution.contains("Delivery confirmed by the carrier."),
            "the marketplace's decision: {resolution:?}"
        );
        ensure!(
            s.els("dispute-send").await?.is_empty(),
            "a resolved dispute takes no answer"
        );
        Ok(())
    }
    .await;
    let result = s.finish(result).await;

    let checked = async {
        result?;
        let theirs = marketplace_disputes(&owner).await?;
        let d = theirs
            .iter()
            .find(|d| d.id == opened.id)
            .context("the dispute on the marketplace")?;
        ensure!(
            d.responses.len() == 1,
            "exactly one answer on the marketplace, got {}",
            d.responses.len()
        );
        let r = &d.responses[0];
        ensure!(r.text == ANSWER, "the answer's text: {:?}", r.text);
        let notes: Vec<&str> = r
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Note)
            .map(|e| e.description.as_str())
            .collect();
        ensure!(
            notes == vec![NOTE],
            "the note as evidence: {:?}",
            r.evidence
        );
        let documents: Vec<_> = r
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Document && e.document_id.is_some())
            .collect();
        ensure!(documents.len() == 1, "one evidence pack: {:?}", r.evidence);
        let photos: Vec<_> = r
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Photo && e.photo_id.is_some())
            .collect();
        ensure!(photos.len() == 1, "one photo: {:?}", r.evidence);
        let tracking = r
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Tracking)
            .count();
        ensure!(
            tracking == usize::from(with_tracking.get()),
            "tracking evidence when the order has a number: {:?}",
            r.evidence
        );
        Ok(())
    }
    .await;
    market.stop().await;
    checked
}
