//! Issue 4's journey in the real app: a simulated buyer writes in Portuguese;
//! the seller, with the UI in Chinese, answers with the "tracking update"
//! saved reply; the sandbox marketplace receives exactly one message, in
//! Portuguese, with the right tracking number. A hostile buyer message shows
//! as plain text and a canary proves no script ran.
//!
//! The app connects to the sandbox marketplace process on its Sync page
//! (its token in the test session's keyring) and syncs on its own; the test
//! only plays the buyers and reads the marketplace's side.

use anyhow::{Context, Result, ensure};
use marketplace_api::dto::{Message, MessageAuthor, Order, OrderPage, SimBuyerMessage};
use marketplace_api::{MarketplaceClient, Method};
use shopkeeper_core::marketplace::{DEMO_EMAIL, DEMO_PASSWORD};
use shopkeeper_e2e::*;

const TRACKING: &str = "RR473124829DE";
const HOSTILE: &str = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> \
                       <svg onload=\"window.__pwned=3\"></svg> javascript:window.__pwned=4 \u{202E}gpj.exe";

/// A demo order whose buyer lives in a country `wanted` accepts.
async fn order_from(owner: &MarketplaceClient, wanted: impl Fn(&str) -> bool) -> Result<Order> {
    let page: OrderPage = owner.orders().await?;
    page.items
        .into_iter()
        .find(|o| wanted(&o.buyer.country))
        .context("the demo marketplace has no such order")
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

/// Clicks a conversation in the list until it is the open one.
async fn open_conversation(s: &Session, id: &str) -> Result<()> {
    s.eventually(&format!("conversation {id} open"), || async {
        for row in s.els("conversation-row").await? {
            if attr(&row, "data-conversation-id").await? == id {
                if attr(&row, "aria-current").await? == "true" {
                    return Ok(Some(()));
                }
                let _ = s.press(&row).await;
            }
        }
        Ok(None)
    })
    .await
}

#[tokio::test]
async fn a_portuguese_buyer_gets_one_tracking_update_from_a_chinese_ui() -> Result<()> {
    // The demo marketplace; a buyer from Brazil and one from elsewhere write.
    let market = Marketplace::start_demo().await?;
    let owner = market.owner().await?;
    let order = order_from(&owner, |c| c == "BR").await?;
    let question = buyer_writes(
        &owner,
        &order,
        "Olá! Meu pedido já foi enviado? Qual é o código de rastreio?",
    )
    .await?;
    let other = order_from(&owner, |c| c != "BR").await?;
    let hostile = buyer_writes(&owner, &other, HOSTILE).await?;

    // The seller's app, in Chinese, connected on its Sync page.
    let data = fresh_data_dir()?;
    let s = Session::launch_with(
        "messages-pt-buyer-zh-ui",
        data.path(),
        &[("LANG", "zh_CN.UTF-8")],
        &["--start", "empty"],
    )
    .await?;
    let result = async {
        s.connect_marketplace(&market.url, DEMO_EMAIL, DEMO_PASSWORD)
            .await?;
        s.click("nav-messages").await?;
        // The navigation counts unread buyer messages (the demo's and these two).
        let unread = || async {
            let n = s.text("nav-messages-badge").await?;
            Ok::<_, anyhow::Error>(n.trim().parse::<u32>().ok())
        };
        // Settled: the badge agrees with the conversations' own counts.
        let hostile_id = hostile.conversation_id.to_string();
        let (before, hostile_unread) = s
            .eventually("the unread badge to match the inbox", || async {
                let mut total = 0;
                let mut of_hostile = None;
                for row in s.els("conversation-row").await? {
                    let n = match row.find(fantoccini::Locator::Css("[data-testid='conversation-unread']")).await {
                        Ok(el) => text_of(&el).await?.trim().parse::<u32>()?,
                        Err(_) => 0,
                    };
                    total += n;
                    if attr(&row, "data-conversation-id").await? == hostile_id {
                        of_hostile = Some(n);
                    }
                }
                let badge = unread().await?;
                Ok(match of_hostile {
                    Some(h) if h >= 1 && total >= 2 && badge == Some(total) => Some((total, h)),
                    _ => None,
                })
            })
            .await?;

        // The hostile message: plain text, nothing ran; reading it clears its unread.
        open_conversation(&s, &hostile_id).await?;
        // The newest message of the conversation is the hostile one.
        let body = s
            .eventually("the hostile message", || async {
                match s.els("safe-message-body").await?.pop() {
                    Some(el) => Ok(Some(text_of(&el).await?)),
                    None => Ok(None),
                }
            })
            .await?;
        ensure!(body.contains("<script>window.__pwned=2</script>"), "shown as text: {body:?}");
        ensure!(body.contains("[U+202E]"), "the RTL override is shown, not applied: {body:?}");
        ensure!(s.els("safe-message-link").await?.is_empty(), "javascript: is not a link");
        let pwned = s.js("return typeof window.__pwned;", vec![]).await?;
        ensure!(pwned == "undefined", "a script ran: window.__pwned is {pwned}");
        s.eventually("the hostile message read", || async {
            Ok((unread().await? == Some(before - hostile_unread)).then_some(()))
        })
        .await?;

        // Search finds the Brazilian question by its Portuguese words.
        s.fill_id("inbox-search", "rastreio").await?;
        let br = question.conversation_id.to_string();
        s.eventually("only the Brazilian conversation", || async {
            let rows = s.els("conversation-row").await?;
            let only = rows.len() == 1 && attr(&rows[0], "data-conversation-id").await? == br;
            Ok(only.then_some(()))
        })
        .await?;
        open_conversation(&s, &br).await?;
        s.wait_text("conversation-country", "🇧🇷 BR").await?;
        let picker = s.el("reply-template").await?;
        s.reveal(&picker).await?;
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

        // The app's sync delivers it; the app then shows it sent.
        s.sync_now().await?;
        s.wait_synced().await?;
        s.click("nav-messages").await?;
        s.eventually("the reply marked sent", || async {
            let outs = s
                .js(
                    "return Array.from(document.querySelectorAll('[data-testid=\"message\"][data-direction=\"out\"]')).map(e => e.dataset.state);",
                    vec![],
                )
                .await?;
            Ok((outs == serde_json::json!(["sent"])).then_some(()))
        })
        .await?;
        // Another sync sends nothing again.
        s.sync_now().await?;
        s.wait_synced().await?;

        // The order's detail shows its conversation and leads back to it.
        let number = order_number(&order.id);
        s.click("nav-orders").await?;
        s.click("orders-tab-all").await?;
        s.fill_id("orders-search", &number).await?;
        s.eventually(&format!("order {number} open"), || async {
            for r in s.els("order-row").await? {
                if attr(&r, "data-order-number").await? == number {
                    let open = s.child(&r, "order-open").await?;
                    let _ = s.press(&open).await;
                    return Ok(s.els("order-conversation-item").await?.into_iter().next());
                }
            }
            Ok(None)
        })
        .await?;
        s.click("order-conversation-open").await?;
        s.eventually("the conversation open in Messages", || async {
            for row in s.els("conversation-row").await? {
                if attr(&row, "data-conversation-id").await? == br {
                    return Ok((attr(&row, "aria-current").await? == "true").then_some(()));
                }
            }
            Ok(None)
        })
        .await?;
        Ok(())
    }
    .await;
    let result = s.finish(result).await;

    let checked = async {
        result?;
        let convs: Vec<marketplace_api::dto::Conversation> = owner
            .call::<(), _>(Method::GET, "/v1/conversations", None, &[], None)
            .await?;
        let conv = convs
            .iter()
            .find(|c| c.order_id == Some(order.id))
            .context("the Brazilian buyer's conversation")?;
        let on_market: Vec<Message> = owner
            .call::<(), _>(
                Method::GET,
                &format!("/v1/conversations/{}/messages", conv.id),
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
        Ok(())
    }
    .await;
    market.stop().await;
    checked
}
