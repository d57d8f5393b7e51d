//! Disputes in a real shop file: pulled pages land and update (newest version
//! wins), an answer is written with its op in one transaction, its state
//! follows the op, a refused answer is kept, and the marketplace's copy
//! replaces the pending one.

mod common;

use common::open;
use shopkeeper_store::*;

fn dispute(id: &str, status: &str, version: i64, resolution: Option<&str>) -> DisputeRecord {
    DisputeRecord {
        id: id.into(),
        order_ref: "order-1".into(),
        status: status.into(),
        reason: "not_received".into(),
        buyer_statement: "Cadê? <b>x</b>".into(),
        buyer_name: "Ana".into(),
        buyer_country: "BR".into(),
        buyer_locale: "pt-BR".into(),
        opened_at: 1_000,
        resolution: resolution.map(Into::into),
        responses: Vec::new(),
        version,
    }
}

fn page(cursor: &str, disputes: Vec<DisputeRecord>, op_ids: Vec<String>) -> PulledPage {
    PulledPage {
        stream: "disputes".into(),
        cursor: cursor.into(),
        disputes,
        op_ids,
        ..PulledPage::default()
    }
}

fn answer(dispute_id: &str, op_id: &str, text: &str) -> ChangeRecord {
    ChangeRecord {
        actor: Actor {
            member_id: "m".into(),
            device_id: "d".into(),
        },
        at: 2_000,
        ops: vec![OutboxOp {
            op_id: op_id.into(),
            entity: "dispute",
            entity_id: dispute_id.into(),
            kind: "dispute.respond",
            payload: serde_json::json!({ "dispute_id": dispute_id, "text": text, "evidence": [] }),
            base_version: None,
        }],
        audit: AuditEntry {
            entity: "dispute",
            entity_id: dispute_id.into(),
            action: "dispute-respond",
            changes: serde_json::json!([]),
        },
    }
}

#[tokio::test]
async fn pulled_disputes_land_and_only_newer_versions_change_them() {
    let (_dir, store) = open().await;
    store
        .apply_pull(
            &page("c1", vec![dispute("d1", "open", 1, None)], vec![]),
            None,
            1,
        )
        .await
        .expect("apply");
    let d = store.dispute("d1").await.expect("landed");
    assert_eq!(d.record.status, "open");
    assert_eq!(d.order_number, None, "the order has not synced yet");
    assert_eq!(
        store.sync_cursor("disputes").await.expect("ok").as_deref(),
        Some("c1")
    );

    let resolved = dispute("d1", "resolved_buyer", 3, Some("Refunded"));
    let stale = dispute("d1", "seller_responded", 2, None);
    store
        .apply_pull(&page("c2", vec![resolved], vec![]), None, 2)
        .await
        .expect("apply");
    store
        .apply_pull(&page("c3", vec![stale], vec![]), None, 3)
        .await
        .expect("apply");
    let d = store.dispute("d1").await.expect("ok");
    assert_eq!(d.record.status, "resolved_buyer");
    assert_eq!(d.record.resolution.as_deref(), Some("Refunded"));
    assert_eq!(d.record.version, 3);
    let c = store.dispute_counts().await.expect("counts");
    assert_eq!((c.unresolved, c.awaiting_reply, c.all), (0, 0, 1));
}

#[tokio::test]
async fn an_answer_follows_its_op_and_gives_way_to_the_marketplaces_copy() {
    let (_dir, store) = open().await;
    store
        .apply_pull(
            &page("c1", vec![dispute("d1", "open", 1, None)], vec![]),
            None,
            1,
        )
        .await
        .expect("apply");

    store
        .respond_dispute(
            "d1",
            "Shipped",
            &serde_json::json!([]),
            &answer("d1", "op-1", "Shipped"),
        )
        .await
        .expect("answer");
    let d = store.dispute("d1").await.expect("ok");
    let r = d.reply.expect("pending");
    assert_eq!((r.state.as_str(), r.text.as_str()), ("sending", "Shipped"));
    assert_eq!(store.pending_ops().await.expect("ok").len(), 1);
    assert_eq!(
        store.audit_trail("dispute", "d1").await.expect("ok").len(),
        1
    );
    // A second answer while one is on its way is refused, nothing written.
    assert!(matches!(
        store
            .respond_dispute(
                "d1",
                "x",
                &serde_json::json!([]),
                &answer("d1", "op-2", "x")
            )
            .await,
        Err(StoreError::Stale)
    ));
    assert_eq!(store.pending_ops().await.expect("ok").len(), 1);

    // Refused: failed, text kept; not a conflict of the conflict inbox.
    store
        .record_push(
            &[(
                "op-1".into(),
                PushOutcome::Rejected {
                    code: "illegal-transition".into(),
                    message: "the dispute is already resolved".into(),
                },
            )],
            3,
        )
        .await
        .expect("record");
    let r = store.dispute("d1").await.expect("ok").reply.expect("kept");
    assert_eq!(r.state, "failed");
    assert_eq!(r.text, "Shipped");
    assert_eq!(r.error_code.as_deref(), Some("illegal-transition"));
    assert!(store.conflicts().await.expect("ok").is_empty());
    assert_eq!(store.outbox_counts().await.expect("ok").conflicts, 0);

    // Sent again: the refused op gives way to the new one.
    store
        .respond_dispute(
            "d1",
            "Shipped, see tracking",
            &serde_json::json!([]),
            &answer("d1", "op-3", "Shipped, see tracking"),
        )
        .await
        .expect("again");
    let ops = store.pending_ops().await.expect("ok");
    assert_eq!(
        ops.iter().map(|o| o.op_id.as_str()).collect::<Vec<_>>(),
        vec!["op-3"]
    );
    store
        .record_push(
            &[("op-3".into(), PushOutcome::Applied { version: Some(2) })],
            4,
        )
        .await
        .expect("record");
    assert_eq!(
        store
            .dispute("d1")
            .await
            .expect("ok")
            .reply
            .expect("ok")
            .state,
        "sent"
    );

    // The marketplace's copy arrives with the op id: the pending one goes.
    let mut answered = dispute("d1", "seller_responded", 2, None);
    answered.responses.push(DisputeResponseRecord {
        text: "Shipped, see tracking".into(),
        evidence: vec![],
        at: 2_500,
    });
    store
        .apply_pull(&page("c2", vec![answered], vec!["op-3".into()]), None, 5)
        .await
        .expect("apply");
    let d = store.dispute("d1").await.expect("ok");
    assert_eq!(d.reply, None);
    assert_eq!(d.record.responses.len(), 1);
    assert_eq!(d.record.status, "seller_responded");
}
