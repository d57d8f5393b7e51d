//! Photo and size chart ops planned for the wire (ADR 0720).

use marketplace_api::dto as api;
use serde_json::json;
use shopkeeper_store::{LocalOp, OutboxRow, PushBatch};
use shopkeeper_sync::{Planned, plan_push};

const L: &str = "0190a0a0-0000-7000-8000-000000000001";
const P1: &str = "0190a0a0-0000-7000-8000-0000000000a1";
const P2: &str = "0190a0a0-0000-7000-8000-0000000000a2";
const C: &str = "0190a0a0-0000-7000-8000-0000000000c1";

fn row(
    seq: i64,
    entity: &str,
    entity_id: &str,
    kind: &str,
    payload: serde_json::Value,
) -> OutboxRow {
    OutboxRow {
        op_seq: seq,
        op_id: format!("0190a0a0-0000-7000-8000-{seq:012}"),
        entity: entity.into(),
        entity_id: entity_id.into(),
        listing_id: (entity == "listing").then(|| L.to_owned()),
        kind: kind.into(),
        payload: payload.to_string(),
        base_version: None,
        status: "pending".into(),
        result_version: None,
        created_at: 1,
    }
}

fn plan(rows: Vec<OutboxRow>) -> Vec<Planned> {
    let batch = PushBatch {
        ops: rows,
        ..PushBatch::default()
    };
    plan_push(&batch).into_iter().map(|(_, p)| p).collect()
}

fn action(p: &Planned) -> &api::OpAction {
    match p {
        Planned::Send(op) => &op.action,
        other => panic!("not sent: {other:?}"),
    }
}

fn u(s: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(s).expect("uuid")
}

#[test]
fn photo_ops_become_whole_galleries_and_an_add_uploads_its_rendition() {
    let gallery = json!({ "order": [P2, P1], "primary": P2 });
    let add = row(
        1,
        "listing",
        L,
        "photo.add",
        json!({ "photo_id": P2, "position": 1, "gallery": gallery,
            "upload": { "id": P2, "file": format!("photos/{L}/{P2}/1600.jpg"), "content_type": "image/jpeg" } }),
    );
    let blobs: Vec<_> = add.op().expect("op").blobs().into_iter().cloned().collect();
    assert_eq!(blobs.len(), 1);
    assert_eq!(blobs[0].id, P2);
    assert!(
        blobs[0].file.ends_with("/1600.jpg"),
        "the rendition, never the original"
    );
    let planned = plan(vec![
        add,
        row(
            2,
            "listing",
            L,
            "photo.reorder",
            json!({ "order": [P2, P1], "gallery": gallery }),
        ),
        row(
            3,
            "listing",
            L,
            "photo.remove",
            json!({ "photo_id": P2, "gallery": { "order": [P1], "primary": P1 } }),
        ),
    ]);
    assert_eq!(
        action(&planned[0]),
        &api::OpAction::ListingPhotos {
            listing_id: u(L),
            photo_ids: vec![u(P2), u(P1)],
            primary_photo_id: Some(u(P2)),
            removed_photo_ids: vec![],
        }
    );
    assert_eq!(action(&planned[1]), action(&planned[0]));
    assert_eq!(
        action(&planned[2]),
        &api::OpAction::ListingPhotos {
            listing_id: u(L),
            photo_ids: vec![u(P1)],
            primary_photo_id: Some(u(P1)),
            removed_photo_ids: vec![u(P2)],
        }
    );
}

#[test]
fn photo_ops_from_before_galleries_stay_local() {
    let planned = plan(vec![row(
        1,
        "listing",
        L,
        "photo.primary",
        json!({ "photo_id": P1 }),
    )]);
    assert_eq!(planned, [Planned::LocalOnly]);
    assert!(LocalOp::parse("photo.primary", &json!({ "photo_id": P1 }).to_string()).is_some());
}

#[test]
fn size_chart_ops_map_to_the_wire() {
    let chart = json!({ "name": "Blusas", "unit": "in", "measures": ["bust"],
        "rows": [{ "measurements": { "bust": [860, 900] }, "labels": { "BR": "M", "US": "S" } }] });
    let planned = plan(vec![
        row(1, "size_chart", C, "size_chart.create", chart.clone()),
        row(
            2,
            "listing",
            L,
            "listing.size_chart",
            json!({ "option": "size", "size_chart_id": C }),
        ),
        row(
            3,
            "listing",
            L,
            "listing.size_chart",
            json!({ "option": "size", "size_chart_id": null }),
        ),
        row(4, "size_chart", C, "size_chart.delete", json!({})),
    ]);
    let api::OpAction::SizeChartUpsert { size_chart } = action(&planned[0]) else {
        panic!("not an upsert");
    };
    assert_eq!(size_chart.id, u(C));
    assert_eq!(size_chart.unit, "in");
    assert_eq!(
        size_chart.rows[0].measurements["bust"],
        api::MeasureRange {
            min_mm: 860,
            max_mm: 900
        }
    );
    assert_eq!(size_chart.rows[0].labels["BR"], "M");
    assert_eq!(
        action(&planned[1]),
        &api::OpAction::ListingSizeChart {
            listing_id: u(L),
            option: "size".into(),
            size_chart_id: Some(u(C)),
        }
    );
    assert_eq!(
        action(&planned[2]),
        &api::OpAction::ListingSizeChart {
            listing_id: u(L),
            option: "size".into(),
            size_chart_id: None,
        }
    );
    assert_eq!(
        action(&planned[3]),
        &api::OpAction::SizeChartDelete {
            size_chart_id: u(C)
        }
    );
    // A chart written before the unit was recorded is read as centimetres.
    let old = json!({ "name": "Old", "measures": ["bust"], "rows": [] });
    let planned = plan(vec![row(1, "size_chart", C, "size_chart.update", old)]);
    let api::OpAction::SizeChartUpsert { size_chart } = action(&planned[0]) else {
        panic!("not an upsert");
    };
    assert_eq!(size_chart.unit, "cm");
}
