//! Issue 4's journey in the real app: a simulated buyer writes in Portuguese;
//! the seller, with the UI in Chinese, answers with the "tracking update"
//! saved reply; the sandbox marketplace receives exactly one message, in
//! Portuguese, with the right tracking number. A hostile buyer message shows
//! as plain text and a canary proves no script ran.
//!
//! The sandbox runs in this test process. The shop file is connected and
//! synced through the real core before the app starts (the app's own
//! background sync needs the OS keychain, which the test display lacks), and
//! synced again through the core after the app has queued the reply.

use std::sync::Arc;

use anyhow::{Context, Result, ensure};
use marketplace_api::dto::{
    Message, MessageAuthor, Order, OrderPage, SignUpRequest, SimBuyerMessage, SimulateRequest,
    SimulateResponse,
};
use marketplace_api::{ClientConfig, MarketplaceClient};
use marketplace_sandbox::{Sandbox, SandboxConfig};
use reqwest::Method;
use shopkeeper_core::{ConversationFilter, Keychain, Seed, Shop};
use shopkeeper_e2e::*;

const PASSWORD: &str = "correct horse battery";
const TRACKING: &str = "RR473124829DE";
const HOSTILE: &str = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> \
                       <svg onload=\"window.__pwned=3\"></svg> javascript:window.__pwned=4 \u{202E}gpj.exe";

async fn order_from(owner: &MarketplaceClient, country: &str) -> Result<Order> {
    for seed in 1..40u64 {
        let page: OrderPage = owner.orders().await?;
        if let Some(o) = page.items.into_iter().find(|o| o.buyer.country == country) {
            return Ok(o);
        }
        let _: SimulateResponse = owner
            .call(
                Method::POST,
                "/v1/sim/events",
                Some(&SimulateRequest {
                    events: 20,
                    seed: Some(seed),
                }),
                &[],
                None,
            )
            .await?;
    }
    anyhow::bail!("no order from {country}")
}

async fn buyer_writes(owner: &MarketplaceClient, order: &Order, body: &str) -> Result<Message> {
    Ok(owner
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
        .await?)
}

#[tokio::test]
async fn a_portuguese_buyer_gets_one_tracking_update_from_a_chinese_ui() -> Result<()> {
    // The marketplace and a buyer from Brazil.
    let market_dir = tempfile::tempdir()?;
    let mut cfg = SandboxConfig::with_file(market_dir.path().join("market.sqlite"));
    cfg.rate_limit = None;
    let sandbox = Sandbox::start(cfg).await?;
    let email = "loja-e2e@example.com";
    let c = MarketplaceClient::new(&sandbox.url(), ClientConfig::default())?;
    let signed = c
        .sign_up(&SignUpRequest {
            email: email.into(),
            password: PASSWORD.into(),
            shop_name: "Loja Yiwu".into(),
            locale: Some("zh-CN".into()),
        })
        .await?;
    let owner = c.with_token(signed.token);
    let order = order_from(&owner, "BR").await?;
    buyer_writes(
        &owner,
        &order,
        "Olá! Meu pedido já foi enviado? Qual é o código de rastreio?",
    )
    .await?;
    let other = order_from(&owner, "RU").await?;
    buyer_writes(&owner, &other, HOSTILE).await?;

    // The seller's shop file: connected, synced, UI in Chinese.
    let data = fresh_data_dir()?;
    let store: Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new()?;
    let keychain = Keychain::from_store(store);
    let token = {
        let shop = Shop::open(&data.path().join("shop.sqlite"), Seed::Empty).await?;
        shop.connect(&sandbox.url(), email, PASSWORD, Some(&keychain), false)
            .await?;
        let token = shop.token(Some(&keychain))?.context("token")?;
        shop.sync_once(&token).await?;
        shop.set_ui_locale("zh-CN").await?;
        shop.close().await;
        token
    };

    let s = Session::launch("messages-pt-buyer-zh-ui", data.path(), &[]).await?;
    let result = async {
        s.click("nav-messages").await?;
        // The badge counts the two unread buyer messages.
        s.wait_text("nav-messages-badge", "2").await?;
        let rows = s
            .eventually("two conversations", || async {
                let rows = s.els("conversation-row").await?;
                Ok((rows.len() == 2).then_some(rows))
            })
            .await?;
        drop(rows);

        // The hostile message: plain text, nothing ran.
        s.el("inbox-filter-market").await?.select_by_value("RU").await?;
        s.eventually("only the Russian conversation", || async {
            Ok((s.els("conversation-row").await?.len() == 1).then_some(()))
        })
        .await?;
        s.els("conversation-row").await?[0].click().await?;
        let body = s.text("safe-message-body").await?;
        ensure!(body.contains("<script>window.__pwned=2</script>"), "shown as text: {body:?}");
        ensure!(body.contains("[U+202E]"), "the RTL override is shown, not applied: {body:?}");
        ensure!(s.els("safe-message-link").await?.is_empty(), "javascript: is not a link");
        let pwned = s.js("return typeof window.__pwned;", vec![]).await?;
        ensure!(pwned == "undefined", "a script ran: window.__pwned is {pwned}");

        // The Brazilian conversation, answered with the saved reply.
        s.el("inbox-filter-market").await?.select_by_value("BR").await?;
        s.eventually("only the Brazilian conversation", || async {
            let rows = s.els("conversation-row").await?;
            Ok((rows.len() == 1).then_some(()))
        })
        .await?;
        s.els("conversation-row").await?[0].click().await?;
        s.wait_text("conversation-country", "🇧🇷 BR").await?;
        let picker = s.el("reply-template").await?;
        picker.select_by_value("tracking-update").await?;
        let option = s
            .js(
                "return document.querySelector('[data-testid=\"reply-template\"] option[value=\"tracking-update\"]').textContent;",
                vec![],
            )
            .await?;
        ensure!(option == "物流更新", "the template is named in Chinese: {option}");
        // No shipment synced yet: the picker asks for the tracking number.
        let input = s.el("reply-var-tracking_number").await?;
        s.fill(&input, TRACKING).await?;
        input.send_keys("\u{E004}").await?; // Tab: commit the value
        let buyer = s
            .eventually("the Portuguese preview", || async {
                let t = s.text("reply-preview-buyer").await.unwrap_or_default();
                Ok(t.contains(TRACKING).then_some(t))
            })
            .await?;
        ensure!(buyer.contains("Olá"), "buyer preview in Portuguese: {buyer}");
        let seller = s.text("reply-preview-seller").await?;
        ensure!(seller.contains(TRACKING) && seller.contains("物流"), "seller preview in Chinese: {seller}");
        let draft = s
            .el("reply-box")
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        ensure!(draft.contains(TRACKING) && draft.contains("Olá"), "draft: {draft}");
        s.eventually("the send button", || async {
            let b = s.el("reply-send").await?;
            Ok(b.is_enabled().await?.then_some(()))
        })
        .await?;
        s.click("reply-send").await?;
        s.eventually("the reply queued", || async {
            let outs = s
                .js(
                    "return Array.from(document.querySelectorAll('[data-testid=\"message\"][data-direction=\"out\"]')).map(e => e.dataset.state);",
                    vec![],
                )
                .await?;
            Ok(outs.as_array().is_some_and(|a| a.len() == 1).then_some(()))
        })
        .await?;
        ensure!(s.js("return typeof window.__pwned;", vec![]).await? == "undefined");
        Ok(())
    }
    .await;
    s.finish(result).await?;

    // The queued reply goes out; a second sync pushes nothing new.
    let shop = Shop::open(&data.path().join("shop.sqlite"), Seed::Empty).await?;
    shop.sync_once(&token).await?;
    shop.sync_once(&token).await?;
    let convs = shop
        .conversations(&ConversationFilter {
            market: Some("BR".into()),
            include_done: true,
            limit: 10,
            ..ConversationFilter::default()
        })
        .await?;
    ensure!(convs.len() == 1);
    let on_market: Vec<Message> = owner
        .call::<(), _>(
            Method::GET,
            &format!("/v1/conversations/{}/messages", convs[0].id),
            None,
            &[],
            None,
        )
        .await?;
    let replies: Vec<&Message> = on_market
        .iter()
        .filter(|m| m.author == MessageAuthor::Seller)
        .collect();
    ensure!(
        replies.len() == 1,
        "exactly one reply on the marketplace, got {}",
        replies.len()
    );
    let body = &replies[0].body;
    ensure!(body.contains(TRACKING), "the tracking number: {body}");
    ensure!(
        body.contains("Olá") && body.contains("rastreio"),
        "in Portuguese: {body}"
    );
    ensure!(!body.contains("物流"), "not in Chinese: {body}");
    let detail = shop.open_conversation(&convs[0].id).await?;
    ensure!(
        detail
            .messages
            .iter()
            .any(|m| !m.inbound && m.state == "sent"),
        "the app's copy is marked sent"
    );
    shop.close().await;
    Ok(())
}
