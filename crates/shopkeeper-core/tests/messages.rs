//! Buyer messages against the real sandbox marketplace: the messages stream
//! pulled into the inbox, full-text search in any script, replies checked
//! against the rules, saved replies in the buyer's language, and delivery
//! exactly once however often the outbox is pushed.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::images::{contains, jpeg, with_exif};
use common::*;
use marketplace_api::MarketplaceClient;
use marketplace_api::dto::{Message, MessageAuthor, Order, OrderPage, SimBuyerMessage};
use reqwest::Method;
use shopkeeper_core::*;
use shopkeeper_store::ConversationFilter;

/// An order of a buyer from `country` (simulating buyers until there is one).
async fn order_from(owner: &MarketplaceClient, country: &str) -> Order {
    for seed in 1..40u64 {
        let page: OrderPage = owner.orders().await.expect("orders");
        if let Some(o) = page.items.into_iter().find(|o| o.buyer.country == country) {
            return o;
        }
        simulate(owner, 20, seed).await;
    }
    panic!("no order from {country}");
}

async fn buyer_writes(owner: &MarketplaceClient, order: &Order, body: &str) -> Message {
    owner
        .call(
            Method::POST,
            "/v1/sim/buyer-messages",
            Some(&SimBuyerMessage {
                order_id: order.id,
                body: body.into(),
            }),
            &[],
            None,
        )
        .await
        .expect("buyer message")
}

async fn seller_messages(owner: &MarketplaceClient, conversation: &str) -> Vec<Message> {
    owner
        .call::<(), _>(
            Method::GET,
            &format!("/v1/conversations/{conversation}/messages"),
            None,
            &[],
            None,
        )
        .await
        .expect("messages")
}

/// Buyers only order what is listed: one active, stocked listing.
async fn stocked(d: &Desktop) {
    d.shop
        .create_listing(&bag("Bolsa de couro", "BOLSA-1", 500))
        .await
        .expect("listing");
    d.sync().await;
}

/// A desktop with one stocked listing, a Brazilian order of it whose buyer
/// wrote `text`, synced; answers the marketplace, the desktop and the
/// conversation.
async fn a_brazilian_buyer_asks(text: &str) -> (Market, Desktop, ConversationRow) {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let br = order_from(&m.owner, "BR").await;
    buyer_writes(&m.owner, &br, text).await;
    d.sync().await;
    let conv = d.shop.conversations(&all()).await.expect("ok").remove(0);
    (m, d, conv)
}

fn all() -> ConversationFilter {
    ConversationFilter {
        limit: 100,
        include_done: true,
        ..ConversationFilter::default()
    }
}

fn search(q: &str) -> ConversationFilter {
    ConversationFilter {
        query: Some(q.into()),
        ..all()
    }
}

#[tokio::test]
async fn buyer_messages_are_pulled_unread_and_searchable_in_any_script() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    stocked(&d).await;
    let br = order_from(&m.owner, "BR").await;
    let ru = order_from(&m.owner, "RU").await;
    buyer_writes(
        &m.owner,
        &br,
        "Olá! Meu pedido ainda não chegou, vocês podem verificar?",
    )
    .await;
    buyer_writes(&m.owner, &ru, "Здравствуйте! Где мой заказ? Жёлтая сумка").await;
    let cn = order_from(&m.owner, "BR").await;
    buyer_writes(&m.owner, &cn, "请问这个包有红色的吗？").await;
    d.sync().await;

    let convs = d.shop.conversations(&all()).await.expect("inbox");
    let pt = convs
        .iter()
        .find(|c| c.order_ref.as_deref() == Some(br.id.to_string().as_str()))
        .expect("the Brazilian conversation");
    assert_eq!(pt.buyer_country, "BR");
    assert_eq!(pt.buyer_locale, "pt-BR");
    assert_eq!(pt.buyer_timezone, "America/Sao_Paulo");
    assert!(pt.unread >= 1 && pt.last_inbound);
    assert!(d.shop.unread_messages().await.expect("ok") >= 3);
    // The order came with the orders stream.
    assert_eq!(
        pt.order.as_ref().map(|o| o.id.clone()),
        Some(br.id.to_string())
    );

    // Portuguese without accents, Russian with е for ё, Chinese substring.
    let hit = |q: &str| {
        let shop = &d.shop;
        let q = q.to_owned();
        async move { shop.conversations(&search(&q)).await.expect("search") }
    };
    let r = hit("nao chegou").await;
    assert!(
        r.iter().any(|c| c.id == pt.id),
        "Portuguese without accents"
    );
    let r = hit("желтая").await;
    assert!(
        r.iter().any(|c| c.buyer_country == "RU"),
        "Russian ё folded to е"
    );
    let r = hit("红色").await;
    assert_eq!(r.len(), 1, "Chinese substring");
    assert!(hit("红绿").await.is_empty());
    assert!(hit("nonexistentword").await.is_empty());

    // Opening marks it read; done hides it from the default inbox.
    d.shop.open_conversation(&pt.id).await.expect("open");
    let again = d.shop.conversations(&all()).await.expect("ok");
    assert_eq!(again.iter().find(|c| c.id == pt.id).expect("ok").unread, 0);
    d.shop
        .set_conversation_done(&pt.id, true)
        .await
        .expect("ok");
    let open = d
        .shop
        .conversations(&ConversationFilter {
            limit: 100,
            ..ConversationFilter::default()
        })
        .await
        .expect("ok");
    assert!(open.iter().all(|c| c.id != pt.id));
    // Unanswered filter and market filter.
    let ru_only = d
        .shop
        .conversations(&ConversationFilter {
            market: Some("RU".into()),
            unanswered: true,
            ..all()
        })
        .await
        .expect("ok");
    assert!(!ru_only.is_empty() && ru_only.iter().all(|c| c.buyer_country == "RU"));
}

#[tokio::test]
async fn a_reply_is_delivered_exactly_once_however_often_it_is_pushed() {
    let (m, d, conv) = a_brazilian_buyer_asks("Oi, cadê meu pedido?").await;

    // Offline: the reply waits in the outbox as "sending".
    let sent = d
        .shop
        .send_message(&conv.id, "Olá! Seu pedido já foi enviado.", &[])
        .await
        .expect("send");
    assert_eq!(sent.state, "sending");

    // The op as it will go on the wire.
    let pending = d.shop.pending_ops().await.expect("outbox");
    assert_eq!(pending.len(), 1);
    let p = &pending[0];
    assert_eq!(p.kind, "message.send");
    assert_eq!(p.entity_id, sent.id);
    let op = marketplace_api::dto::Op {
        op_id: p.op_id.parse().expect("ok"),
        op_seq: p.op_seq,
        base_version: None,
        action: marketplace_api::dto::OpAction::MessageSend {
            conversation_id: conv.id.parse().expect("ok"),
            message: marketplace_api::dto::NewMessage {
                id: sent.id.parse().expect("ok"),
                body: "Olá! Seu pedido já foi enviado.".into(),
                attachments: Vec::new(),
            },
        },
    };
    // Sync pushes it; then the same op is pushed again (a response lost
    // on the way back, a retry after a crash), then sync again.
    d.sync().await;
    let device = MarketplaceClient::new(&m.sandbox.url(), marketplace_api::ClientConfig::default())
        .expect("ok")
        .with_token(d.token());
    let again = device
        .push(std::slice::from_ref(&op))
        .await
        .expect("second push");
    assert_eq!(again.results.len(), 1);
    d.sync().await;

    let on_market = seller_messages(&m.owner, &conv.id).await;
    let mine: Vec<&Message> = on_market
        .iter()
        .filter(|x| x.author == MessageAuthor::Seller)
        .collect();
    assert_eq!(
        mine.len(),
        1,
        "exactly one seller message on the marketplace"
    );
    assert_eq!(mine[0].body, "Olá! Seu pedido já foi enviado.");
    assert_eq!(mine[0].id.to_string(), sent.id);
    let detail = d.shop.open_conversation(&conv.id).await.expect("ok");
    let local = detail
        .messages
        .iter()
        .find(|x| x.id == sent.id)
        .expect("ok");
    assert_eq!(local.state, "sent");
}

#[tokio::test]
async fn a_reply_breaking_the_rules_is_refused_with_what_to_change() {
    let (_m, d, conv) = a_brazilian_buyer_asks("Oi").await;
    let text = "Me chame no WhatsApp +55 11 91234-5678 ou ana@example.com";
    let err = d
        .shop
        .send_message(&conv.id, text, &[])
        .await
        .expect_err("refused");
    let CoreError::Validation(fields) = err else {
        panic!("validation expected")
    };
    let codes: Vec<&str> = fields.iter().map(|f| f.code).collect();
    assert!(codes.contains(&"message-rule-phone"), "{codes:?}");
    assert!(codes.contains(&"message-rule-email"), "{codes:?}");
    // The field names the UTF-16 range to highlight.
    let phone = fields
        .iter()
        .find(|f| f.code == "message-rule-phone")
        .expect("ok");
    let range = phone.field.strip_prefix("body.").expect("ok");
    let (a, b) = range.split_once('-').expect("ok");
    let (a, b): (usize, usize) = (a.parse().expect("ok"), b.parse().expect("ok"));
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let marked = String::from_utf16(&utf16[a..b]).expect("ok");
    assert!(marked.contains("91234-5678"), "{marked:?}");
    // Nothing was written.
    let detail = d.shop.open_conversation(&conv.id).await.expect("ok");
    assert!(detail.messages.iter().all(|x| x.inbound));
    // A tracking link to the tracking page is allowed.
    let ok = format!(
        "Rastreio: {}",
        shopkeeper_core::inbox::tracking_link("RR473124829DE")
    );
    assert!(d.shop.check_reply(&ok).await.expect("ok").is_empty());
}

#[tokio::test]
async fn the_tracking_update_template_is_rendered_in_the_buyers_language() {
    let (_m, d, conv) = a_brazilian_buyer_asks("Oi, cadê meu pedido?").await;
    let first = conv
        .buyer_name
        .split_whitespace()
        .next()
        .expect("ok")
        .to_owned();

    // Without a tracking number the picker is asked for it.
    let err = d
        .shop
        .preview_reply("tracking-update", "zh-CN", &conv.id, &BTreeMap::new())
        .await
        .expect_err("refused");
    let CoreError::Validation(f) = err else {
        panic!()
    };
    assert!(f.iter().any(|f| f.field == "vars.tracking_number"));

    let vars = BTreeMap::from([("tracking_number".to_owned(), "RR473124829DE".to_owned())]);
    let p = d
        .shop
        .preview_reply("tracking-update", "zh-CN", &conv.id, &vars)
        .await
        .expect("preview");
    assert_eq!(p.buyer.lang, "pt-BR");
    assert_eq!(p.seller.lang, "zh-CN");
    assert!(p.buyer.text.contains("RR473124829DE"));
    assert!(p.buyer.text.contains(&first), "{}", p.buyer.text);
    assert!(p.buyer.text.contains("Olá"));
    assert!(p.seller.text.contains("RR473124829DE"));
    // What the template produces passes the marketplace's rules.
    assert!(
        d.shop
            .check_reply(&p.buyer.text)
            .await
            .expect("ok")
            .is_empty()
    );

    // Seller templates: validated, stored, listed.
    let bad = shopkeeper_messages_template("thanks", "", &[("pt-BR", "Obrigado { $nope }")]);
    let CoreError::Validation(f) = d.shop.save_reply_template(&bad).await.expect_err("refused")
    else {
        panic!()
    };
    assert!(f.iter().any(|f| f.code == "template-empty-name"));
    assert!(f.iter().any(|f| f.code == "template-unknown-variable"));
    let good = shopkeeper_messages_template(
        "thanks",
        "Thanks",
        &[
            ("pt-BR", "Obrigado, { $buyer_name }!"),
            ("en", "Thank you, { $buyer_name }!"),
        ],
    );
    d.shop.save_reply_template(&good).await.expect("save");
    let list = d.shop.reply_templates("en-US").await.expect("ok");
    assert!(list.iter().any(|t| t.id == "thanks" && !t.builtin));
    let p = d
        .shop
        .preview_reply("thanks", "en-US", &conv.id, &BTreeMap::new())
        .await
        .expect("ok");
    assert_eq!(p.buyer.text, format!("Obrigado, {first}!"));
}

fn shopkeeper_messages_template(
    id: &str,
    name: &str,
    sources: &[(&str, &str)],
) -> shopkeeper_core::inbox::Template {
    shopkeeper_core::inbox::Template {
        id: id.into(),
        name: name.into(),
        sources: sources
            .iter()
            .map(|(l, s)| ((*l).to_owned(), (*s).to_owned()))
            .collect(),
    }
}

/// Desktop notifications: the background service counts buyer messages that
/// arrive while it runs, never the history a first sync brings.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_service_counts_new_buyer_messages_but_not_the_history() {
    let m = market(|_| {}).await;
    let d = desktop(&m).await;
    let br = {
        d.shop
            .create_listing(&bag("Bolsa de couro", "BOLSA-1", 500))
            .await
            .expect("listing");
        d.sync().await;
        order_from(&m.owner, "BR").await
    };
    buyer_writes(&m.owner, &br, "Olá! Ainda não recebi o código de rastreio.").await;

    // A second desktop whose first sync brings that message as history.
    let e = desktop(&m).await;
    let svc = SyncService::start_with(
        e.shop.clone(),
        Some(e.keychain.clone()),
        |_| {},
        Duration::from_millis(200),
        Duration::from_millis(50),
    );
    let wait = |what: &'static str, done: Box<dyn Fn(&SyncStatus) -> bool + Send>| {
        let svc = svc.clone();
        async move {
            let started = Instant::now();
            loop {
                let st = svc.status();
                if done(&st) {
                    return st;
                }
                assert!(
                    started.elapsed() < Duration::from_secs(20),
                    "{what}: {st:?}"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    let st = wait(
        "the first sync",
        Box::new(|s| !s.initial && s.last_success_at.is_some()),
    )
    .await;
    assert_eq!(st.new_messages, 0, "history is not news: {st:?}");
    assert!(e.shop.unread_messages().await.expect("unread") >= 1);

    buyer_writes(&m.owner, &br, "Alguma novidade?").await;
    buyer_writes(&m.owner, &br, "Obrigada!").await;
    svc.sync_now();
    let st = wait("two new messages", Box::new(|s| s.new_messages >= 2)).await;
    assert_eq!(st.new_messages, 2, "{st:?}");
    svc.set_paused(true);
}

#[tokio::test]
async fn a_reply_with_photos_sends_them_stripped_and_exactly_once() {
    let (m, d, conv) = a_brazilian_buyer_asks("Pode mandar uma foto do pacote?").await;

    // A phone photo with a GPS position: prepared, stripped, resized.
    let photo = d
        .shop
        .prepare_attachment("pacote.jpg", with_exif(&jpeg(2400, 1800), 1, true))
        .await
        .expect("prepared");
    assert!(photo.had_gps, "the seller is told the photo had a position");
    assert_eq!((photo.width, photo.height), (1600, 1200));
    // A bomb is refused with the listing photos' message; nothing is written.
    let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bomb.extend_from_slice(&60_000u32.to_be_bytes());
    bomb.extend_from_slice(&60_000u32.to_be_bytes());
    bomb.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    match d.shop.prepare_attachment("bomb.png", bomb).await {
        Err(CoreError::Validation(f)) => assert!(f[0].code.starts_with("photo-"), "{f:?}"),
        other => panic!("a bomb must be refused, got {other:?}"),
    }
    let drafts = std::fs::read_dir(d.shop.files_dir().join("attachments"))
        .expect("attachments dir")
        .count();
    assert_eq!(drafts, 1, "only the good photo is kept");

    // An unknown draft is named; nothing is written.
    let stranger = uuid::Uuid::now_v7().to_string();
    match d
        .shop
        .send_message(&conv.id, "Segue a foto.", &[photo.id.clone(), stranger])
        .await
    {
        Err(CoreError::Validation(f)) => {
            assert_eq!(
                (f[0].field.as_str(), f[0].code),
                ("attachments.1", "message-attachment-missing")
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(d.shop.pending_ops().await.expect("outbox").is_empty());

    // Offline: the message and its photo wait in the outbox.
    let sent = d
        .shop
        .send_message(
            &conv.id,
            "Segue a foto do pacote.",
            std::slice::from_ref(&photo.id),
        )
        .await
        .expect("send");
    assert_eq!(sent.state, "sending");
    assert_eq!(sent.attachments.len(), 1);
    let pending = d.shop.pending_ops().await.expect("outbox");
    assert_eq!(pending.len(), 1);
    let mut payload: serde_json::Value =
        serde_json::from_str(&pending[0].payload).expect("a JSON payload");
    payload["kind"] = pending[0].kind.clone().into();
    let op: shopkeeper_store::LocalOp = serde_json::from_value(payload).expect("a typed op");
    assert_eq!(op.blobs().len(), 1);
    // A discarded draft that a message names stays.
    d.shop.discard_attachment(&photo.id).await.expect("ok");
    assert!(d.shop.files_dir().join(&op.blobs()[0].file).exists());

    // Sync uploads the photo, then the message; pushing again changes nothing.
    d.sync().await;
    d.sync().await;
    let on_market = seller_messages(&m.owner, &conv.id).await;
    let mine: Vec<&Message> = on_market
        .iter()
        .filter(|x| x.author == MessageAuthor::Seller)
        .collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].attachments.len(), 1);
    assert_eq!(mine[0].attachments[0].id.to_string(), photo.id);
    let bytes = reqwest::Client::new()
        .get(format!("{}/v1/photos/{}", m.sandbox.url(), photo.id))
        .bearer_auth(d.token())
        .send()
        .await
        .expect("sent")
        .bytes()
        .await
        .expect("bytes");
    assert!(bytes.starts_with(&[0xFF, 0xD8]), "a JPEG");
    assert!(!contains(&bytes, b"Exif"), "no EXIF reaches the buyer");
    let detail = d.shop.open_conversation(&conv.id).await.expect("ok");
    let local = detail
        .messages
        .iter()
        .find(|x| x.id == sent.id)
        .expect("ok");
    assert_eq!(local.state, "sent");
    assert!(
        d.shop
            .attachment_thumbnail(&local.attachments[0])
            .await
            .is_some()
    );
}
