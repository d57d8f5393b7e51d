//! Listing galleries and size charts pushed as ops (ADR 0720): the rules of
//! `listing.photos`, `listing.size_chart` and `size_chart.*`, and bad input
//! answered as a rejection, never a server error.

use marketplace_api::dto::*;
use marketplace_api::{ClientConfig, MarketplaceClient};
use marketplace_sandbox::{Sandbox, SandboxConfig};
use serde_json::json;
use uuid::Uuid;

struct Env {
    _sb: Sandbox,
    _dir: tempfile::TempDir,
    c: MarketplaceClient,
    seq: std::sync::atomic::AtomicI64,
}

async fn start() -> Env {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = SandboxConfig::with_file(dir.path().join("market.db"));
    cfg.rate_limit = None;
    let sb = Sandbox::start(cfg).await.expect("sandbox");
    let c = MarketplaceClient::new(&sb.url(), ClientConfig::default()).expect("client");
    let s = c
        .sign_up(&SignUpRequest {
            email: format!("{}@example.com", Uuid::now_v7().simple()),
            password: "correct horse battery".into(),
            shop_name: "Loja".into(),
            locale: None,
        })
        .await
        .expect("sign up");
    Env {
        c: c.with_token(s.token),
        _sb: sb,
        _dir: dir,
        seq: 0.into(),
    }
}

impl Env {
    async fn listing(&self) -> Listing {
        let l: NewListing = serde_json::from_value(json!({
            "default_locale": "pt-BR",
            "texts": [{ "locale": "pt-BR", "title": "Vestido", "description": "" }],
            "variants": [{ "sku": format!("V-{}", Uuid::now_v7().simple()),
                "options": [{ "name": "size", "value": "M" }], "stock": 1,
                "prices": [{ "currency": "BRL", "amount": "99.00" }] }],
        }))
        .expect("listing");
        self.c
            .create_listing(&l, Uuid::now_v7())
            .await
            .expect("create")
    }

    async fn photo(&self) -> Uuid {
        let id = Uuid::now_v7();
        // A 1x1 PNG header is all the upload check reads.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&1u32.to_be_bytes());
        png.extend_from_slice(&1u32.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        self.c
            .upload_photo(id, "image/png", png)
            .await
            .expect("upload");
        id
    }

    async fn push(&self, action: OpAction) -> OpResult {
        let seq = self.seq.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        self.push_op(Uuid::now_v7(), seq, action).await
    }

    /// Pushes one op as a client does, again after a lost reply (same id and seq).
    async fn push_op(&self, op_id: Uuid, seq: i64, action: OpAction) -> OpResult {
        let mut r = self
            .c
            .push(&[Op {
                op_id,
                op_seq: seq,
                base_version: None,
                action,
            }])
            .await
            .expect("push answered");
        r.results.remove(0)
    }
}

fn photos(listing_id: Uuid, ids: &[Uuid], primary: Option<Uuid>, removed: &[Uuid]) -> OpAction {
    OpAction::ListingPhotos {
        listing_id,
        photo_ids: ids.to_vec(),
        primary_photo_id: primary,
        removed_photo_ids: removed.to_vec(),
    }
}

#[tokio::test]
async fn a_gallery_is_ordered_merged_with_a_teammates_photo_and_removals_delete() {
    let e = start().await;
    let l = e.listing().await;
    let (p1, p2, p3) = (e.photo().await, e.photo().await, e.photo().await);

    let r = e.push(photos(l.id, &[p2, p1], Some(p1), &[])).await;
    assert_eq!(r.status, OpStatus::Applied, "{r:?}");
    let got = e.c.get_listing(l.id).await.expect("get");
    assert_eq!(
        got.photos.iter().map(|p| p.id).collect::<Vec<_>>(),
        [p2, p1]
    );
    assert_eq!(got.primary_photo_id, Some(p1));
    assert_eq!(got.version, l.version + 1);

    // A desktop that never saw p1 adds p3 and removes p2: p1 stays, after.
    let r = e.push(photos(l.id, &[p3], None, &[p2])).await;
    assert_eq!(r.status, OpStatus::Applied, "{r:?}");
    let got = e.c.get_listing(l.id).await.expect("get");
    assert_eq!(
        got.photos.iter().map(|p| p.id).collect::<Vec<_>>(),
        [p3, p1]
    );
    assert_eq!(
        got.primary_photo_id,
        Some(p1),
        "the primary stays when not named"
    );
    assert!(e.c.download_photo(p2, 1 << 20).await.is_err(), "p2 deleted");

    // The same op again: the stored answer, no new version.
    let (op, seq) = (Uuid::now_v7(), 100);
    let first = e
        .push_op(op, seq, photos(l.id, &[p1, p3], Some(p3), &[]))
        .await;
    let again = e
        .push_op(op, seq, photos(l.id, &[p1, p3], Some(p3), &[]))
        .await;
    e.seq.store(seq, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(again.status, OpStatus::Applied);
    assert_eq!(
        e.c.get_listing(l.id).await.expect("get").version,
        first.version.expect("v"),
        "applied once"
    );

    // An unknown id (deleted by a teammate) is skipped, not an error.
    let r = e.push(photos(l.id, &[p2, p3, p1], Some(p3), &[])).await;
    assert_eq!(r.status, OpStatus::Applied);
    let got = e.c.get_listing(l.id).await.expect("get");
    assert_eq!(
        got.photos.iter().map(|p| p.id).collect::<Vec<_>>(),
        [p3, p1]
    );
}

#[tokio::test]
async fn bad_gallery_ops_are_rejected() {
    let e = start().await;
    let l = e.listing().await;
    let other = e.listing().await;
    let p = e.photo().await;
    assert_eq!(
        e.push(photos(other.id, &[p], None, &[])).await.status,
        OpStatus::Applied
    );
    for (action, code) in [
        (photos(Uuid::now_v7(), &[], None, &[]), "not-found"),
        (photos(l.id, &[p], None, &[]), "validation-failed"),
        (
            photos(l.id, &[Uuid::now_v7(), Uuid::nil(), Uuid::nil()], None, &[]),
            "validation-failed",
        ),
        (
            photos(l.id, &[], Some(Uuid::nil()), &[]),
            "validation-failed",
        ),
        (
            photos(l.id, &vec![Uuid::now_v7(); 31], None, &[]),
            "validation-failed",
        ),
    ] {
        let r = e.push(action.clone()).await;
        assert_eq!(r.status, OpStatus::Rejected, "{action:?}");
        assert_eq!(r.code.as_deref(), Some(code), "{action:?}");
    }
}

fn chart(id: Uuid) -> NewSizeChart {
    serde_json::from_value(json!({
        "id": id, "name": "Vestidos", "unit": "cm", "measures": ["bust", "waist"],
        "rows": [{ "measurements": { "bust": { "min_mm": 860, "max_mm": 900 } },
                   "labels": { "BR": "M", "EU": "38" } }],
    }))
    .expect("chart")
}

#[tokio::test]
async fn size_charts_are_written_whole_tied_to_options_and_untied_on_delete() {
    let e = start().await;
    let l = e.listing().await;
    let id = Uuid::now_v7();
    let r = e
        .push(OpAction::SizeChartUpsert {
            size_chart: chart(id),
        })
        .await;
    assert_eq!(r.status, OpStatus::Applied, "{r:?}");
    assert_eq!(r.version, Some(1));
    let r = e
        .push(OpAction::ListingSizeChart {
            listing_id: l.id,
            option: "size".into(),
            size_chart_id: Some(id),
        })
        .await;
    assert_eq!(r.status, OpStatus::Applied, "{r:?}");
    let got = e.c.get_listing(l.id).await.expect("get");
    assert_eq!(
        got.size_charts,
        [OptionSizeChart {
            option: "size".into(),
            size_chart_id: id
        }]
    );
    // On the catalog stream for teammates.
    let page = e.c.pull(Stream::Catalog, None, None).await.expect("pull");
    let c = page
        .changes
        .iter()
        .find(|c| c.entity == "size_chart")
        .expect("chart change");
    let sc: SizeChart = c.decode().expect("dto");
    assert_eq!(sc.rows[0].labels["EU"], "38");

    let r = e
        .push(OpAction::SizeChartDelete { size_chart_id: id })
        .await;
    assert_eq!(r.status, OpStatus::Applied);
    assert!(
        e.c.get_listing(l.id)
            .await
            .expect("get")
            .size_charts
            .is_empty()
    );
    // Tying a deleted chart is refused.
    let r = e
        .push(OpAction::ListingSizeChart {
            listing_id: l.id,
            option: "size".into(),
            size_chart_id: Some(id),
        })
        .await;
    assert_eq!(r.status, OpStatus::Rejected);

    // Broken charts: every problem named.
    let mut bad = chart(Uuid::now_v7());
    bad.unit = "ft".into();
    bad.rows[0].labels.insert("XX".into(), "M".into());
    bad.rows[0].measurements.insert(
        "hip".into(),
        MeasureRange {
            min_mm: 900,
            max_mm: 800,
        },
    );
    let r = e.push(OpAction::SizeChartUpsert { size_chart: bad }).await;
    assert_eq!(r.status, OpStatus::Rejected);
    let paths: Vec<&str> = r.fields.iter().map(|f| f.path.as_str()).collect();
    assert!(paths.contains(&"size_chart.unit"), "{paths:?}");
    assert!(paths.contains(&"size_chart.rows[0].labels.XX"), "{paths:?}");
    assert!(
        paths.contains(&"size_chart.rows[0].measurements.hip"),
        "{paths:?}"
    );
}
