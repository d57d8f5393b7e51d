//! An exporter's day in the real app against the real sandbox marketplace: a
//! simulated buyer orders, the order reaches the app in one sync, the label,
//! customs form and packing slip print as one PDF (checked by rendering it and
//! scanning its barcode), the order is marked shipped with the label's
//! tracking number, and the marketplace shows it shipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use marketplace_api::Method;
use marketplace_api::dto::{Order, OrderState, Shipment, SimulateResponse};
use shopkeeper_core::marketplace::{DEMO_EMAIL, DEMO_PASSWORD};
use shopkeeper_e2e::*;

/// Serial of the first S10 number the app allocates (the published example's).
const S10_SERIAL: &str = "47312482";
/// `RR` + serial + its check digit (9, as in `RR473124829DE`) + the sender's country.
const TRACKING: &str = "RR473124829CN";

/// Asks the sandbox's simulated buyers for events until one of them orders.
async fn simulated_order(owner: &marketplace_api::MarketplaceClient) -> Result<uuid::Uuid> {
    for seed in 1..=20u64 {
        let r: SimulateResponse = owner
            .call(
                Method::POST,
                "/v1/sim/events",
                Some(&serde_json::json!({ "events": 1, "seed": seed })),
                &[],
                None,
            )
            .await?;
        if let Some(e) = r.events.iter().find(|e| e.kind == "order") {
            return Ok(e.entity_id);
        }
    }
    bail!("20 simulated events brought no order")
}

/// The return address and the post's S10 range, typed into Settings.
async fn fill_shipping_settings(s: &Session) -> Result<()> {
    s.click("nav-settings").await?;
    for (key, value) in [
        ("name", "Li Wei"),
        ("company", "Shenzhen Lacquer Works"),
        ("street1", "12 Keyuan Road"),
        ("city", "Shenzhen"),
        ("region", "Guangdong"),
        ("postalCode", "518057"),
        ("country", "CN"),
        ("phone", "+86 755 8888 1234"),
    ] {
        s.fill_id(&format!("shipping-sender-{key}"), value).await?;
    }
    s.fill_id("shipping-carrier-name", "China Post").await?;
    let kind = s.el("shipping-carrier-kind").await?;
    s.reveal(&kind).await?;
    kind.select_by_value("post").await?;
    s.fill_id("shipping-s10-service", "RR").await?;
    s.fill_id("shipping-s10-country", "CN").await?;
    s.fill_id("shipping-s10-next", S10_SERIAL).await?;
    s.click("shipping-save").await?;
    Ok(())
}

fn run(cmd: &mut Command) -> Result<String> {
    let out = cmd
        .output()
        .with_context(|| format!("running {cmd:?} (scripts/setup.sh --test installs it)"))?;
    ensure!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn only_pdf(dir: &Path) -> Result<PathBuf> {
    let pdfs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("no documents folder at {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    ensure!(pdfs.len() == 1, "one batch PDF expected, found {pdfs:?}");
    Ok(pdfs.into_iter().next().unwrap_or_default())
}

/// The batch PDF holds the label, the customs form and the packing slip, and
/// the label's barcode scans as the tracking number.
fn check_pdf(pdf: &Path, work: &Path, number: &str) -> Result<()> {
    let info = run(Command::new("pdfinfo").arg(pdf))?;
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .context("pdfinfo printed no page count")?
        .trim()
        .parse()?;
    ensure!(pages >= 3, "label + customs form + slip: {pages} page(s)");
    let prefix = work.join("label");
    run(Command::new("pdftoppm")
        .args(["-r", "300", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(pdf)
        .arg(&prefix))?;
    let scanned = run(Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(prefix.with_extension("png")))?;
    ensure!(
        scanned.lines().any(|l| l.trim() == TRACKING),
        "the label's barcode should scan as {TRACKING}: {scanned:?}"
    );
    let text = run(Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-"))?;
    ensure!(text.contains("Li Wei"), "the sender on the label");
    ensure!(
        text.contains("CUSTOMS DECLARATION") && (text.contains("CN 22") || text.contains("CN 23")),
        "a customs form in the batch"
    );
    ensure!(
        text.matches(number).count() >= 2,
        "the label and the packing slip name order {number}"
    );
    Ok(())
}

#[tokio::test]
async fn a_simulated_order_is_printed_as_one_pdf_and_shipped_to_the_marketplace() -> Result<()> {
    let market = Marketplace::start_demo().await?;
    let owner = market.owner().await?;
    let dir = fresh_data_dir()?;
    let s = Session::launch_with("orders", dir.path(), &[], &["--start", "empty"]).await?;
    let r = async {
        s.connect_marketplace(&market.url, DEMO_EMAIL, DEMO_PASSWORD)
            .await?;
        fill_shipping_settings(&s).await?;

        // A buyer orders on the marketplace; one sync brings it in.
        let order_id = simulated_order(&owner).await?;
        let number = order_number(&order_id);
        s.sync_now().await?;
        s.wait_synced().await?;
        s.click("nav-orders").await?;
        s.fill_id("orders-search", &number).await?;
        // The list refreshes as sync and the search settle: click the row
        // until its detail is open.
        s.eventually(&format!("order {number} in the To ship tab"), || async {
            for r in s.els("order-row").await? {
                if attr(&r, "data-order-number").await? == number {
                    let open = s.child(&r, "order-open").await?;
                    let _ = s.press(&open).await;
                    return Ok(s.els("order-detail").await?.into_iter().next());
                }
            }
            Ok(None)
        })
        .await?;
        s.wait_text("order-number", &number).await?;
        let ready = s
            .eventually("the order's documents to be ready", || async {
                if let Ok(missing) = s
                    .client
                    .find(fantoccini::Locator::Css(&tid("order-missing")))
                    .await
                {
                    bail!("documents blocked: {}", text_of(&missing).await?);
                }
                Ok(s.els("order-ready").await?.into_iter().next())
            })
            .await?;
        let ready = text_of(&ready).await?;
        ensure!(
            ready.contains("CN2"),
            "an international order names its customs form: {ready:?}"
        );

        // Print label + customs form + slip as one PDF.
        s.eventually("the order ticked for printing", || async {
            for r in s.els("order-row").await? {
                if attr(&r, "data-order-number").await? == number {
                    let tick = s.child(&r, "order-select").await?;
                    if tick.prop("checked").await?.as_deref() != Some("true") {
                        let _ = s.press(&tick).await;
                    }
                    return Ok(s
                        .el("orders-print-pdf")
                        .await?
                        .is_enabled()
                        .await?
                        .then_some(()));
                }
            }
            Ok(None)
        })
        .await?;
        s.click("orders-print-pdf").await?;
        let done = s.el("print-done").await?;
        let path = attr(&done, "data-file").await?;
        ensure!(!path.is_empty(), "the saved PDF's path is shown");
        let pdf = only_pdf(&dir.path().join("documents"))?;
        ensure!(
            Path::new(&path) == pdf,
            "the path shown {path:?} is the file written {pdf:?}"
        );
        check_pdf(&pdf, dir.path(), &number)?;

        // Mark it shipped with the tracking number the label carries.
        let tracking = s.el("ship-tracking").await?;
        s.eventually("the label's tracking number in the form", || async {
            let v = tracking.prop("value").await?.unwrap_or_default();
            Ok((v == TRACKING).then_some(()))
        })
        .await?;
        s.click("ship-submit").await?;
        s.eventually("the marketplace to confirm the shipment", || async {
            let el = s.el("order-shipment-state").await?;
            Ok((attr(&el, "data-state").await? == "shipped").then_some(()))
        })
        .await?;
        ensure!(s.text("order-tracking").await? == TRACKING);

        // The sandbox has it shipped, once, with that tracking number.
        let order: Order = owner
            .call::<(), _>(
                Method::GET,
                &format!("/v1/orders/{order_id}"),
                None,
                &[],
                None,
            )
            .await?;
        ensure!(
            order.state == OrderState::Shipped,
            "sandbox order state {:?}",
            order.state
        );
        let shipment_id = order.shipment_id.context("the order names its shipment")?;
        let shipment: Shipment = owner
            .call::<(), _>(
                Method::GET,
                &format!("/v1/shipments/{shipment_id}"),
                None,
                &[],
                None,
            )
            .await?;
        ensure!(shipment.tracking_number == TRACKING, "{shipment:?}");
        ensure!(shipment.order_id == order_id);
        Ok(())
    }
    .await;
    let r = s.finish(r).await;
    market.stop().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    r
}
