//! Pulled galleries and size charts applied to a real shop file (ADR 0720):
//! placeholders for photos new to this desktop, the desktop's own unconfirmed
//! photo ops win until acknowledged, removed photos are released for file
//! deletion only once nothing pending mentions them.

mod common;

use std::collections::BTreeMap;

use common::open;
use shopkeeper_store::*;

/// A listing with a size option, confirmed by the marketplace at version 1.
fn listing(id: &str) -> Listing {
    let mut l = common::listing(id, "Linen shirt", &format!("{id}-SKU"));
    l.variants[0].options = vec![OptionValue {
        name: "size".into(),
        value: "M".into(),
    }];
    l.server_version = Some(1);
    l
}

fn page(cursor: &str, version: i64, gallery: PulledGallery) -> PulledPage {
    PulledPage {
        stream: "catalog".into(),
        cursor: cursor.into(),
        listings: vec![(
            BaseListing {
                listing: listing("l1"),
                version,
                prices_version: 1,
                deleted: false,
            },
            Origin::default(),
        )],
        galleries: vec![gallery],
        ..PulledPage::default()
    }
}

fn gallery(version: i64, photos: &[&str], primary: &str) -> PulledGallery {
    PulledGallery {
        listing_id: "l1".into(),
        version,
        photos: photos.iter().map(|p| (*p).to_owned()).collect(),
        primary: Some(primary.into()),
        size_charts: vec![],
    }
}

fn photo(id: &str) -> Photo {
    Photo {
        id: id.into(),
        listing_id: "l1".into(),
        position: 0,
        is_primary: false,
        file_ref: format!("l1/{id}/original.jpg"),
        source_format: "jpeg".into(),
        original_name: format!("{id}.jpg"),
        width: 1600,
        height: 1200,
        sha256: "00".into(),
        had_gps: false,
        renditions: vec![PhotoFile {
            long_side: 1600,
            format: "jpeg".into(),
            width: 1600,
            height: 1200,
            file: format!("l1/{id}/1600.jpg"),
        }],
        created_at: 5,
    }
}

fn record(op_id: &str, kind: &'static str, payload: serde_json::Value) -> ChangeRecord {
    ChangeRecord {
        actor: Actor {
            member_id: "me".into(),
            device_id: "d1".into(),
        },
        at: 7,
        ops: vec![OutboxOp {
            op_id: op_id.into(),
            entity: "listing",
            entity_id: "l1".into(),
            kind,
            payload,
            base_version: None,
        }],
        audit: AuditEntry {
            entity: "listing",
            entity_id: "l1".into(),
            action: kind,
            changes: serde_json::json!([]),
        },
    }
}

fn ids(photos: &[Photo]) -> Vec<&str> {
    photos.iter().map(|p| p.id.as_str()).collect()
}

#[tokio::test]
async fn pulled_gallery_gives_placeholders_and_yields_to_own_unconfirmed_ops() {
    let (_dir, store) = open().await;
    store
        .apply_pull(&page("c1", 1, gallery(1, &["p1", "p2"], "p2")), None, 10)
        .await
        .expect("pull");
    let got = store.photos("l1").await.expect("photos");
    assert_eq!(ids(&got), ["p1", "p2"]);
    assert!(!got[0].is_primary && got[1].is_primary);
    assert!(got.iter().all(|p| p.renditions.is_empty()), "placeholders");
    let todo = store.photos_to_download(10).await.expect("todo");
    assert_eq!(todo.len(), 2);
    assert!(
        store.outbox().await.expect("outbox").is_empty(),
        "a pull writes no ops"
    );

    // p1's files arrive; three failures leave p2 alone.
    assert!(store.set_downloaded_photo(&photo("p1")).await.expect("set"));
    for _ in 0..3 {
        store.photo_download_failed("p2").await.expect("failed");
    }
    assert!(store.photos_to_download(10).await.expect("todo").is_empty());

    // This desktop adds p3 (pending op): a pulled gallery without it waits.
    let mut p3 = photo("p3");
    p3.position = 2;
    store
        .add_photo(
            &p3,
            &record(
                "op-3",
                "photo.add",
                serde_json::json!({ "photo_id": "p3",
                    "gallery": { "order": ["p1", "p2", "p3"], "primary": "p2" } }),
            ),
        )
        .await
        .expect("add");
    store
        .apply_pull(&page("c2", 2, gallery(2, &["p1"], "p1")), None, 11)
        .await
        .expect("pull");
    assert_eq!(
        ids(&store.photos("l1").await.expect("photos")),
        ["p1", "p2", "p3"]
    );

    // The marketplace acknowledges p3 (merged: p2 was removed by a teammate).
    let mut p = page("c3", 3, gallery(3, &["p3", "p1"], "p3"));
    p.op_ids = vec!["op-3".into()];
    store.apply_pull(&p, None, 12).await.expect("pull");
    let got = store.photos("l1").await.expect("photos");
    assert_eq!(ids(&got), ["p3", "p1"]);
    assert!(got[0].is_primary);
    // p3 kept its files (it was never a placeholder).
    assert_eq!(got[0].renditions.len(), 1);
    // Removed by a teammate: no undo window here.
    let gone = store.unneeded_removed_photos(0).await.expect("gone");
    assert_eq!(ids(&gone), ["p2"]);
    assert_eq!(
        store
            .forget_removed_photos(&["p2".into()])
            .await
            .expect("forget"),
        1
    );
    assert!(store.photo("p2").await.expect("photo").is_none());
    assert_eq!(store.integrity_check().await.expect("ic"), "ok");
}

#[tokio::test]
async fn a_removed_photo_is_kept_while_its_removal_is_pending() {
    let (_dir, store) = open().await;
    store
        .apply_pull(&page("c1", 1, gallery(1, &["p1"], "p1")), None, 10)
        .await
        .expect("pull");
    store
        .set_photo_removed(
            "p1",
            Some(20),
            "l1",
            &[],
            None,
            &record(
                "op-r",
                "photo.remove",
                serde_json::json!({ "photo_id": "p1", "gallery": { "order": [], "primary": null } }),
            ),
        )
        .await
        .expect("remove");
    assert!(
        store
            .unneeded_removed_photos(i64::MAX)
            .await
            .expect("gone")
            .is_empty()
    );
    let mut p = page("c2", 2, gallery(2, &[], "p1"));
    p.op_ids = vec!["op-r".into()];
    store.apply_pull(&p, None, 21).await.expect("pull");
    // Confirmed, but removed here at 20: kept through the undo window.
    assert!(
        store
            .unneeded_removed_photos(19)
            .await
            .expect("gone")
            .is_empty()
    );
    assert_eq!(
        ids(&store.unneeded_removed_photos(20).await.expect("gone")),
        ["p1"]
    );
}

#[tokio::test]
async fn pulled_size_charts_and_ties_are_applied_unless_own_ops_wait() {
    let (_dir, store) = open().await;
    let chart = SizeChart {
        id: "c1".into(),
        name: "Shirts".into(),
        unit: "cm".into(),
        measures: vec!["chest".into()],
        rows: vec![SizeRow {
            measurements: BTreeMap::from([("chest".to_owned(), [960, 1000])]),
            labels: BTreeMap::from([
                ("BR".to_owned(), "M".to_owned()),
                ("EU".to_owned(), "48".to_owned()),
            ]),
        }],
        created_at: 0,
        updated_at: 0,
    };
    let mut g = gallery(1, &[], "x");
    g.primary = None;
    g.size_charts = vec![
        ("size".into(), "c1".into()),
        ("colour".into(), "missing".into()),
    ];
    let mut p = page("c1", 1, g);
    p.size_charts = vec![(chart.clone(), false)];
    store.apply_pull(&p, None, 10).await.expect("pull");
    let got = store.size_chart("c1").await.expect("chart").expect("there");
    assert_eq!(got.rows, chart.rows);
    assert_eq!(got.unit, "cm");
    let ties = store.listing_size_charts("l1").await.expect("ties");
    assert_eq!(ties.get("size").map(String::as_str), Some("c1"));
    assert_eq!(ties.len(), 1, "a chart this desktop lacks is skipped");

    // Deleted on the marketplace: gone here, and untied.
    let mut g = gallery(2, &[], "x");
    g.primary = None;
    let mut p = page("c2", 2, g);
    p.size_charts = vec![(chart, true)];
    store.apply_pull(&p, None, 11).await.expect("pull");
    assert!(store.size_chart("c1").await.expect("chart").is_none());
    assert!(
        store
            .listing_size_charts("l1")
            .await
            .expect("ties")
            .is_empty()
    );
    assert_eq!(store.integrity_check().await.expect("ic"), "ok");
}
