//! The store against a real SQLite file in a temp dir.

mod common;

use common::{listing, open};
use serde_json::json;
use shopkeeper_store::*;

fn change(entity_id: &str, op_ids: &[&str]) -> ChangeRecord {
    ChangeRecord {
        actor: Actor {
            member_id: "m1".into(),
            device_id: "d1".into(),
        },
        at: 42,
        ops: op_ids
            .iter()
            .map(|op_id| OutboxOp {
                op_id: (*op_id).into(),
                entity: "listing",
                entity_id: entity_id.into(),
                kind: "listing.create",
                payload: json!({}),
                base_version: None,
            })
            .collect(),
        audit: AuditEntry {
            entity: "listing",
            entity_id: entity_id.into(),
            action: "create",
            changes: json!([]),
        },
    }
}

fn query(search: &str) -> ListingQuery {
    ListingQuery {
        search: Some(search.into()),
        limit: 50,
        ..Default::default()
    }
}

#[tokio::test]
async fn shop_file_is_durable_wal_full_with_foreign_keys() {
    let (_dir, store) = open().await;
    assert_eq!(
        store.durability().await.expect("pragmas"),
        ("wal".to_owned(), 2, 1)
    );
    assert_eq!(store.integrity_check().await.expect("check"), "ok");
}

#[tokio::test]
async fn an_edit_and_its_outbox_entry_commit_together_or_not_at_all() {
    let (_dir, store) = open().await;
    // Two ops with the same op_id: the second outbox insert violates the
    // unique index after the listing rows were written in the same transaction.
    let err = store
        .save_listing(
            &listing("l1", "Silk scarf", "SKU-1"),
            &change("l1", &["op-a", "op-a"]),
        )
        .await;
    assert!(err.is_err(), "duplicate op id must fail");
    assert_eq!(
        store.listing("l1").await.expect("read"),
        None,
        "listing rolled back with its outbox entry"
    );
    assert_eq!(store.count_listings().await.expect("count"), 0);
    assert!(store.pending_ops().await.expect("ops").is_empty());
    assert!(
        store
            .audit_trail("listing", "l1")
            .await
            .expect("audit")
            .is_empty()
    );
    assert_eq!(
        store
            .query_listings(&query("silk"))
            .await
            .expect("search")
            .total,
        0,
        "no FTS row left behind"
    );

    store
        .save_listing(
            &listing("l1", "Silk scarf", "SKU-1"),
            &change("l1", &["op-b"]),
        )
        .await
        .expect("save");
    assert!(store.listing("l1").await.expect("read").is_some());
    let ops = store.pending_ops().await.expect("ops");
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].op_id, "op-b");
    let audit = store.audit_trail("listing", "l1").await.expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(
        (
            audit[0].member_id.as_str(),
            audit[0].device_id.as_str(),
            audit[0].at
        ),
        ("m1", "d1", 42)
    );
}

#[tokio::test]
async fn search_index_follows_every_save() {
    let (_dir, store) = open().await;
    store
        .save_listing(
            &listing("l1", "Silk scarf", "SKU-1"),
            &change("l1", &["o1"]),
        )
        .await
        .expect("save");
    assert_eq!(
        store
            .query_listings(&query("silk"))
            .await
            .expect("search")
            .total,
        1
    );
    let mut renamed = listing("l1", "Leather wallet", "SKU-1");
    renamed.updated_at = 2;
    store
        .save_listing(&renamed, &change("l1", &["o2"]))
        .await
        .expect("save");
    assert_eq!(
        store
            .query_listings(&query("silk"))
            .await
            .expect("search")
            .total,
        0,
        "old title gone"
    );
    assert_eq!(
        store
            .query_listings(&query("wallet"))
            .await
            .expect("search")
            .total,
        1
    );
    assert_eq!(
        store
            .query_listings(&query("sku-1"))
            .await
            .expect("search")
            .total,
        1,
        "SKUs are searchable"
    );
}

#[tokio::test]
async fn sku_used_by_another_listing_is_refused_and_nothing_is_written() {
    let (_dir, store) = open().await;
    store
        .save_listing(
            &listing("l1", "Silk scarf", "SKU-1"),
            &change("l1", &["o1"]),
        )
        .await
        .expect("save");
    let err = store
        .save_listing(&listing("l2", "Other", "SKU-1"), &change("l2", &["o2"]))
        .await;
    assert!(
        matches!(err, Err(StoreError::SkuTaken { ref sku }) if sku == "SKU-1"),
        "{err:?}"
    );
    assert_eq!(store.count_listings().await.expect("count"), 1);
    assert_eq!(store.pending_ops().await.expect("ops").len(), 1);
}

#[tokio::test]
async fn bulk_import_is_queryable_and_paged_without_gaps() {
    let (_dir, store) = open().await;
    let many: Vec<Listing> = (0..1234)
        .map(|i| {
            listing(
                &format!("id{i:05}"),
                &format!("Item {i:05}"),
                &format!("S{i}"),
            )
        })
        .collect();
    store.import_listings(&many).await.expect("import");
    assert_eq!(store.count_listings().await.expect("count"), 1234);
    let mut seen = Vec::new();
    let mut q = ListingQuery {
        limit: 100,
        ..Default::default()
    };
    loop {
        let page = store.query_listings(&q).await.expect("page");
        assert_eq!(page.total, 1234);
        seen.extend(page.rows.iter().map(|r| r.title.clone()));
        match page.next {
            Some(next) => q.after = Some(next),
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(seen, sorted, "pages are in order with no duplicates");
    assert_eq!(seen.len(), 1234, "no gaps");
    assert_eq!(
        store
            .query_listings(&query("00042"))
            .await
            .expect("search")
            .total,
        1
    );
    let bad = ListingQuery {
        after: Some("not a cursor".into()),
        limit: 10,
        ..Default::default()
    };
    assert!(matches!(
        store.query_listings(&bad).await,
        Err(StoreError::BadCursor)
    ));
}

#[tokio::test]
async fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shop.sqlite");
    let store = Store::open(&path).await.expect("open");
    store
        .save_listing(
            &listing("l1", "Silk scarf", "SKU-1"),
            &change("l1", &["o1"]),
        )
        .await
        .expect("save");
    store.close().await;
    let store = Store::open(&path).await.expect("reopen");
    assert_eq!(
        store.listing("l1").await.expect("read"),
        Some(listing("l1", "Silk scarf", "SKU-1"))
    );
    assert_eq!(store.pending_ops().await.expect("ops").len(), 1);
}
