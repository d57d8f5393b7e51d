//! Returns and disputes against the real sandbox marketplace: disputes
//! pulled from the disputes stream and followed to their resolution, the
//! seller's answer written offline and delivered exactly once with its
//! evidence, a refused answer kept with its text, and invalid answers
//! refused with field errors and nothing written.

mod common;

use common::*;
use marketplace_api::MarketplaceClient;
use marketplace_api::dto::{
    Dispute, DisputeResolution, EvidenceKind, MessageAuthor, Order, OrderPage, SimDispute,
};
use reqwest::Method;
use shopkeeper_core::disputes::{DisputeAnswer, MAX_ANSWER_CHARS};
use shopkeeper_core::*;

/// A paid order without a dispute (simulating buyers until there is one).
async fn paid_order(owner: &MarketplaceClient) -> Order {
    for seed in 1..40u64 {
        let page: OrderPage = owner.orders().await.expect("orders");
        let disputed: Vec<Dispute> = marketplace_disputes(owner).await;
        if let Some(o) = page.items.into_iter().find(|o| {
            o.state == marketplace_api::dto::OrderState::Paid
                && !disputed.iter().any(|d| d.order_id == o.id)
        }) {
            return o;
        }
        simulate(owner, 20, seed).await;
    }
    panic!("no paid order");
}

async fn open_dispute(owner: &MarketplaceClient, order: &Order) -> Dispute {
    owner
        .call(
            Method::POST,
            "/v1/sim/disputes",
            Some(&SimDispute {
                order_id: order.id,
                reason: Some("not_received".into()),
                statement: Some("Não recebi. <img src=x onerror=alert(1)>".into()),
            }),
            &[],
            None,
        )
        .await
        .expect("open dispute")
}

async fn resolve(owner: &MarketplaceClient, id: uuid::Uuid, note: &str) -> Dispute {
    owner
        .call(
            Method::POST,
            &format!("/v1/sim/disputes/{id}/resolve"),
            Some(&DisputeResolution {
                in_favour_of: MessageAuthor::Seller,
                note: note.into(),
            }),
            &[],
            None,
        )
        .await
        .expect("resolve")
}

async fn marketplace_disputes(owner: &MarketplaceClient) -> Vec<Dispute> {
    owner
        .call::<(), _>(Method::GET, "/v1/disputes", None, &[], None)
        .await
        .expect("disputes")
}

/// Buyers only order what is listed: one active, stocked listing.
async fn stocked(d: &Desktop) {
    d.shop
        .create_listing(&bag("Bolsa de couro", "BOLSA-1", 500))
        .await
        .expect("listing");
    d.sync().await;
}

/// Files under the shop's `disputes/` folder.
fn evidence_files(d: &Desktop) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let root = d.dir.path().join("disputes");
    for dispute in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(dispute.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            out.push(f.path());
        }
    }
    out.sort();
    out
}

fn answer(text: &str) -> DisputeAnswer {
    DisputeAnswer {
        text: text.into(),
        ..DisputeAnswer::default()
    }
}

#[tokio::test]
async fn a_dispute_appears_after_one_pull_and_follows_its_resolution() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let order = paid_order(&m.owner).await;
    d.sync().await;
    let opened = open_dispute(&m.owner, &order).await;

    d.sync().await;
    // Simulated buyers may have opened disputes of their own: find ours.
    let list = d.shop.disputes(false).await.expect("disputes");
    let got = list
        .iter()
        .find(|x| x.record.id == opened.id.to_string())
        .expect("the dispute after one pull");
    // Unresolved first: nothing resolved comes before it.
    assert!(
        list.iter()
            .take_while(|x| x.record.id != got.record.id)
            .all(|x| !x.record.status.starts_with("resolved"))
    );
    assert_eq!(got.record.id, opened.id.to_string());
    assert_eq!(got.record.order_ref, order.id.to_string());
    assert_eq!(got.record.status, "open");
    assert_eq!(got.record.reason, "not_received");
    // Untrusted text is kept verbatim (the UI shows it as text only).
    assert_eq!(
        got.record.buyer_statement,
        "Não recebi. <img src=x onerror=alert(1)>"
    );
    assert_eq!(
        got.order_number.as_deref(),
        Some(shopkeeper_sync::wire::order_number(&order.id).as_str())
    );
    assert!(disputes::answer_by(got).is_some_and(|t| t > got.record.opened_at));
    let before = d.shop.dispute_counts().await.expect("counts");
    let open = list.iter().filter(|x| x.record.status == "open").count() as i64;
    assert_eq!(before.awaiting_reply, open);
    assert_eq!(before.all, list.len() as i64);
    assert_eq!(
        d.shop
            .order_disputes(&order.id.to_string())
            .await
            .expect("ok")[0]
            .record
            .id,
        got.record.id
    );

    resolve(&m.owner, opened.id, "Tracking shows delivery.").await;
    d.sync().await;
    let after = d.shop.dispute(&got.record.id).await.expect("dispute");
    assert_eq!(after.record.status, "resolved_seller");
    assert_eq!(
        after.record.resolution.as_deref(),
        Some("Tracking shows delivery.")
    );
    assert!(after.record.version > got.record.version);
    assert_eq!(disputes::answer_by(&after), None);
    assert!(
        d.shop
            .disputes(true)
            .await
            .expect("ok")
            .iter()
            .all(|x| x.record.id != got.record.id),
        "no longer unresolved"
    );
    let after = d.shop.dispute_counts().await.expect("counts");
    assert_eq!(after.unresolved, before.unresolved - 1);
    assert_eq!(after.awaiting_reply, before.awaiting_reply - 1);
    assert_eq!(after.all, before.all);
}

#[tokio::test]
async fn an_answer_with_evidence_is_delivered_exactly_once_however_often_it_is_pushed() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let order = paid_order(&m.owner).await;
    d.sync().await;
    let oid = order.id.to_string();
    d.shop
        .mark_shipped(&oid, "Correios", "post", "RB123456785BR")
        .await
        .expect("shipped");
    d.sync().await;
    let opened = open_dispute(&m.owner, &order).await;
    d.sync().await;
    let id = opened.id.to_string();

    let awaiting = d.shop.dispute_counts().await.expect("ok").awaiting_reply;
    // Offline: the answer waits in the outbox as "sending", its files
    // (the evidence pack and a cleaned photo) under the shop's folder.
    let photo = d.dir.path().join("porta.jpg");
    std::fs::write(&photo, images::jpeg(640, 480)).expect("photo");
    let text = "Enviado em 20/11 pelos Correios; o rastreio mostra a entrega.";
    let pending = d
        .shop
        .respond_dispute(
            &id,
            &DisputeAnswer {
                text: format!("  {text}\n"),
                include_tracking: true,
                note: "Entregue na portaria".into(),
                evidence_pack: true,
                pack_locale: "pt-BR".into(),
                photos: vec![photo.clone()],
            },
        )
        .await
        .expect("answer");
    let files = evidence_files(&d);
    assert_eq!(files.len(), 2, "the pack and the photo: {files:?}");
    let pdf = files
        .iter()
        .find(|f| f.extension().is_some_and(|e| e == "pdf"))
        .expect("pack");
    assert!(std::fs::read(pdf).expect("read").starts_with(b"%PDF"));
    let jpg = files
        .iter()
        .find(|f| f.extension().is_some_and(|e| e == "jpg"))
        .expect("photo");
    assert!(std::fs::read(jpg).expect("read").starts_with(&[0xFF, 0xD8]));
    let reply = pending.reply.as_ref().expect("pending answer");
    assert_eq!(reply.state, "sending");
    assert_eq!(reply.text, text);
    assert_eq!(
        d.shop.dispute_counts().await.expect("ok").awaiting_reply,
        awaiting - 1,
        "an answered dispute no longer awaits an answer"
    );
    let ops = d.shop.pending_ops().await.expect("outbox");
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].kind, "dispute.respond");
    assert_eq!(ops[0].entity_id, id);

    // A second answer while the first is on its way is refused.
    let err = d
        .shop
        .respond_dispute(&id, &answer("again"))
        .await
        .expect_err("in flight");
    assert!(matches!(&err, CoreError::Validation(f) if f[0].code == "dispute-answer-in-flight"));

    // The op exactly as it goes on the wire, pushed by sync and then once more.
    let p = &ops[0];
    let Some(shopkeeper_store::LocalOp::DisputeRespond(local_op)) =
        shopkeeper_store::LocalOp::parse(&p.kind, &p.payload)
    else {
        panic!("a dispute.respond op: {}", p.payload);
    };
    assert_eq!(local_op.text, text);
    let op = marketplace_api::dto::Op {
        op_id: p.op_id.parse().expect("ok"),
        op_seq: p.op_seq,
        base_version: None,
        action: shopkeeper_sync::disputes::respond_to_wire(&local_op).expect("wire"),
    };
    d.sync().await;
    let device = MarketplaceClient::new(&m.sandbox.url(), marketplace_api::ClientConfig::default())
        .expect("ok")
        .with_token(d.token());
    let again = device
        .push(std::slice::from_ref(&op))
        .await
        .expect("second push");
    assert_eq!(again.results.len(), 1);
    assert_eq!(
        again.results[0].status,
        marketplace_api::dto::OpStatus::Applied,
        "the same op again answers its stored result: {:?}",
        again.results[0]
    );
    d.sync().await;

    let on_market = marketplace_disputes(&m.owner).await;
    let theirs = on_market.iter().find(|x| x.id == opened.id).expect("ok");
    assert_eq!(
        theirs.responses.len(),
        1,
        "exactly one answer on the marketplace"
    );
    let r = &theirs.responses[0];
    assert_eq!(r.text, text);
    let kinds: Vec<EvidenceKind> = r.evidence.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![
            EvidenceKind::Tracking,
            EvidenceKind::Note,
            EvidenceKind::Document,
            EvidenceKind::Photo
        ]
    );
    assert_eq!(r.evidence[0].description, "Correios RB123456785BR");
    assert_eq!(r.evidence[1].description, "Entregue na portaria");
    // The files went up once each, under the ids the op names.
    let doc_id = r.evidence[2].document_id.expect("the pack's document id");
    let photo_id = r.evidence[3].photo_id.expect("the photo's id");
    assert_eq!(
        doc_id.to_string(),
        pdf.file_stem().expect("stem").to_string_lossy()
    );
    assert_eq!(
        photo_id.to_string(),
        jpg.file_stem().expect("stem").to_string_lossy()
    );
    let mut db = m.db().await;
    let (docs,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM documents")
        .fetch_one(&mut db)
        .await
        .expect("documents");
    assert_eq!(docs, 1, "the pack uploaded once");

    let local = d.shop.dispute(&id).await.expect("ok");
    assert_eq!(local.record.status, "seller_responded");
    assert_eq!(
        local.reply, None,
        "the pending copy gave way to the marketplace's"
    );
    assert_eq!(local.record.responses.len(), 1);
    assert_eq!(local.record.responses[0].evidence.len(), 4);
    assert!(d.shop.pending_ops().await.expect("ok").is_empty());
}

#[tokio::test]
async fn a_refused_answer_shows_failed_and_keeps_its_text() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let order = paid_order(&m.owner).await;
    d.sync().await;
    let opened = open_dispute(&m.owner, &order).await;
    d.sync().await;
    let id = opened.id.to_string();

    // The marketplace decides while the seller writes offline.
    resolve(&m.owner, opened.id, "Refunded by the marketplace.").await;
    d.shop
        .respond_dispute(&id, &answer("The parcel was delivered on time."))
        .await
        .expect("saved offline");
    d.sync().await;

    let got = d.shop.dispute(&id).await.expect("ok");
    assert_eq!(got.record.status, "resolved_seller");
    let reply = got.reply.as_ref().expect("the refused answer is kept");
    assert_eq!(reply.state, "failed");
    assert_eq!(reply.text, "The parcel was delivered on time.");
    assert_eq!(reply.error_code.as_deref(), Some("illegal-transition"));
    // Not a listing conflict: the dispute shows it, not the conflict inbox.
    assert!(d.shop.conflicts().await.expect("ok").is_empty());
    // The marketplace has no answer.
    let theirs = marketplace_disputes(&m.owner).await;
    assert!(
        theirs
            .iter()
            .find(|x| x.id == opened.id)
            .expect("ok")
            .responses
            .is_empty()
    );

    // Answering a resolved dispute is refused before anything is written.
    let err = d
        .shop
        .respond_dispute(&id, &answer("Again"))
        .await
        .expect_err("resolved");
    assert!(matches!(&err, CoreError::Validation(f) if f[0].code == "dispute-resolved"));
    assert_eq!(
        d.shop
            .dispute(&id)
            .await
            .expect("ok")
            .reply
            .expect("kept")
            .text,
        "The parcel was delivered on time."
    );
}

#[tokio::test]
async fn a_failed_answer_can_be_edited_and_sent_again_once() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let order = paid_order(&m.owner).await;
    d.sync().await;
    let opened = open_dispute(&m.owner, &order).await;
    d.sync().await;
    let id = opened.id.to_string();

    d.shop
        .respond_dispute(&id, &answer("First try"))
        .await
        .expect("saved");
    // The marketplace refuses it (recorded as a push records a refusal,
    // through a second connection to the shop file).
    let op = d.shop.pending_ops().await.expect("ok").remove(0);
    let store = shopkeeper_store::Store::open(&d.dir.path().join("shop.sqlite"))
        .await
        .expect("store");
    store
        .record_push(
            &[(
                op.op_id.clone(),
                shopkeeper_store::PushOutcome::Rejected {
                    code: "validation-failed".into(),
                    message: "invalid request".into(),
                },
            )],
            1,
        )
        .await
        .expect("recorded");
    let failed = d.shop.dispute(&id).await.expect("ok");
    assert_eq!(failed.reply.as_ref().expect("kept").state, "failed");

    let again = d
        .shop
        .respond_dispute(&id, &answer("Second try, edited"))
        .await
        .expect("sent again");
    assert_eq!(again.reply.as_ref().expect("ok").state, "sending");
    let ops = d.shop.pending_ops().await.expect("ok");
    assert_eq!(ops.len(), 1, "the refused op gave way to the new one");
    d.sync().await;
    let theirs = marketplace_disputes(&m.owner).await;
    let r = &theirs
        .iter()
        .find(|x| x.id == opened.id)
        .expect("ok")
        .responses;
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].text, "Second try, edited");
}

#[tokio::test]
async fn an_invalid_answer_is_refused_with_field_errors_and_nothing_is_written() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let order = paid_order(&m.owner).await;
    d.sync().await;
    let opened = open_dispute(&m.owner, &order).await;
    d.sync().await;
    let id = opened.id.to_string();

    let codes = |e: CoreError| match e {
        CoreError::Validation(f) => f.into_iter().map(|f| (f.field, f.code)).collect::<Vec<_>>(),
        other => panic!("not a validation error: {other:?}"),
    };
    let e = d
        .shop
        .respond_dispute(&id, &answer("  \n "))
        .await
        .expect_err("empty");
    assert_eq!(codes(e), vec![("text".to_owned(), "dispute-text-empty")]);
    let e = d
        .shop
        .respond_dispute(&id, &answer(&"é".repeat(MAX_ANSWER_CHARS + 1)))
        .await
        .expect_err("long");
    assert_eq!(codes(e), vec![("text".to_owned(), "dispute-text-too-long")]);
    // Control characters the marketplace would refuse are refused here.
    let e = d
        .shop
        .respond_dispute(&id, &answer("ok\u{7}\u{202e}"))
        .await
        .expect_err("control");
    assert_eq!(codes(e), vec![("text".to_owned(), "dispute-text-control")]);
    // Exactly at the limit in characters (not bytes) is fine: checked below
    // by the valid answer; here the note is too long and the order has no
    // tracking number to attach.
    let e = d
        .shop
        .respond_dispute(
            &id,
            &DisputeAnswer {
                text: "ok".into(),
                include_tracking: true,
                note: "n".repeat(501),
                ..DisputeAnswer::default()
            },
        )
        .await
        .expect_err("note");
    assert_eq!(
        codes(e),
        vec![
            ("note".to_owned(), "dispute-note-too-long"),
            ("tracking".to_owned(), "dispute-no-tracking"),
        ]
    );
    // A "photo" that is not an image is refused by the photo pipeline, and
    // the evidence pack made before it is not left behind.
    let fake = d.dir.path().join("foto.jpg");
    std::fs::write(&fake, b"<html><script>alert(1)</script></html>").expect("write");
    let e = d
        .shop
        .respond_dispute(
            &id,
            &DisputeAnswer {
                text: "ok".into(),
                evidence_pack: true,
                pack_locale: "en-US".into(),
                photos: vec![fake],
                ..DisputeAnswer::default()
            },
        )
        .await
        .expect_err("not an image");
    let got = codes(e);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "photos.0");
    assert!(
        got[0].1.starts_with("photo-"),
        "a photo pipeline code: {got:?}"
    );
    let e = d
        .shop
        .respond_dispute(
            &id,
            &DisputeAnswer {
                text: "ok".into(),
                photos: vec![d.dir.path().join("x.jpg"); 7],
                ..DisputeAnswer::default()
            },
        )
        .await
        .expect_err("too many");
    assert_eq!(
        codes(e),
        vec![("photos".to_owned(), "dispute-too-many-photos")]
    );
    assert!(evidence_files(&d).is_empty(), "no file left behind");
    assert!(d.shop.pending_ops().await.expect("ok").is_empty());
    assert_eq!(d.shop.dispute(&id).await.expect("ok").reply, None);

    d.shop
        .respond_dispute(&id, &answer(&"é".repeat(MAX_ANSWER_CHARS)))
        .await
        .expect("at the limit");
    assert_eq!(d.shop.pending_ops().await.expect("ok").len(), 1);
}
