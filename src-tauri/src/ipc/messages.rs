//! IPC types of the inbox (issue 4). Message bodies cross as raw strings:
//! the UI renders them only through `SafeMessage` (docs/adr/0401).

use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use shopkeeper_core::inbox;
use shopkeeper_core::money;
use specta::Type;

#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ConversationQuery {
    pub query: Option<String>,
    pub unanswered: bool,
    pub market: Option<String>,
    pub order: Option<String>,
    pub unread_first: bool,
    pub include_done: bool,
}

impl From<ConversationQuery> for core::ConversationFilter {
    fn from(q: ConversationQuery) -> Self {
        Self {
            query: q.query,
            unanswered: q.unanswered,
            market: q.market,
            order: q.order,
            unread_first: q.unread_first,
            include_done: q.include_done,
            limit: 500,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ConversationOrder {
    pub id: String,
    pub number: String,
    pub status: String,
    /// Decimal string in `currency` (never a float).
    pub total: String,
    pub currency: String,
    /// Epoch milliseconds.
    pub ship_by: Option<i64>,
    pub tracking_number: Option<String>,
    pub tracking_link: Option<String>,
    pub carrier: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    pub id: String,
    pub subject: String,
    pub buyer_name: String,
    /// ISO 3166-1 alpha-2.
    pub buyer_country: String,
    pub buyer_locale: String,
    /// IANA time zone; the UI shows the buyer's local time with it.
    pub buyer_timezone: String,
    pub last_message_at: i64,
    pub unread: i64,
    pub done: bool,
    /// Untrusted: render through SafeMessage / the safe splitter only.
    pub last_body: Option<String>,
    pub unanswered: bool,
    pub order: Option<ConversationOrder>,
}

impl From<core::ConversationRow> for Conversation {
    fn from(c: core::ConversationRow) -> Self {
        Self {
            order: c.order.map(|o| ConversationOrder {
                total: money::currency(&o.currency)
                    .map(|cur| money::format_minor(o.total_minor, &cur))
                    .unwrap_or_else(|| o.total_minor.to_string()),
                tracking_link: o.tracking_number.as_deref().map(inbox::tracking_link),
                id: o.id,
                number: o.number,
                status: o.status,
                currency: o.currency,
                ship_by: o.ship_by,
                tracking_number: o.tracking_number,
                carrier: o.carrier,
            }),
            id: c.id,
            subject: c.subject,
            buyer_name: c.buyer_name,
            buyer_country: c.buyer_country,
            buyer_locale: c.buyer_locale,
            buyer_timezone: c.buyer_timezone,
            last_message_at: c.last_message_at,
            unread: c.unread,
            done: c.done,
            last_body: c.last_body,
            unanswered: c.last_inbound,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    Received,
    Sending,
    Sent,
    Failed,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ChatMessage {
    pub id: String,
    pub conversation_id: String,
    pub inbound: bool,
    /// Untrusted when inbound: render through SafeMessage only.
    pub body: String,
    pub locale: Option<String>,
    pub sent_at: i64,
    pub state: MessageState,
    /// Why the marketplace refused it (failed), as it said it.
    pub error: Option<String>,
    pub attachments: Vec<ChatAttachment>,
}

/// A photo of a message.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ChatAttachment {
    pub id: String,
    /// The 220 px JPEG as a data URL; "" for a photo only the marketplace has.
    pub thumbnail: String,
}

/// A photo prepared for the next message.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftAttachment {
    pub id: String,
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The picked file carried a GPS position; the sent photo does not.
    pub had_gps: bool,
    pub thumbnail: String,
}

impl From<shopkeeper_core::attachments::DraftAttachment> for DraftAttachment {
    fn from(d: shopkeeper_core::attachments::DraftAttachment) -> Self {
        Self {
            thumbnail: crate::ipc::photos::jpeg_data_url(&d.thumbnail),
            id: d.id,
            name: d.name,
            width: d.width,
            height: d.height,
            had_gps: d.had_gps,
        }
    }
}

impl ChatMessage {
    /// The message with its photos' thumbnails read from this desktop.
    pub async fn load(shop: &shopkeeper_core::Shop, m: core::MessageRow) -> Self {
        let mut attachments = Vec::with_capacity(m.attachments.len());
        for a in &m.attachments {
            let thumb = shop.attachment_thumbnail(a).await.unwrap_or_default();
            attachments.push(ChatAttachment {
                id: a.id.clone(),
                thumbnail: crate::ipc::photos::jpeg_data_url(&thumb),
            });
        }
        let mut out = Self::from(m);
        out.attachments = attachments;
        out
    }
}

impl From<core::MessageRow> for ChatMessage {
    fn from(m: core::MessageRow) -> Self {
        Self {
            attachments: Vec::new(),
            state: match m.state.as_str() {
                "received" => MessageState::Received,
                "sending" => MessageState::Sending,
                "failed" => MessageState::Failed,
                _ => MessageState::Sent,
            },
            error: m.error_message.or(m.error_code),
            id: m.id,
            conversation_id: m.conversation_id,
            inbound: m.inbound,
            body: m.body,
            locale: m.locale,
            sent_at: m.sent_at,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ConversationDetail {
    pub conversation: Conversation,
    pub messages: Vec<ChatMessage>,
}

impl ConversationDetail {
    pub async fn load(shop: &shopkeeper_core::Shop, d: inbox::ConversationDetail) -> Self {
        let mut messages = Vec::with_capacity(d.messages.len());
        for m in d.messages {
            messages.push(ChatMessage::load(shop, m).await);
        }
        Self {
            conversation: d.conversation.into(),
            messages,
        }
    }
}

/// Something the marketplace's rules forbid: UTF-16 range, localized explanation.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleViolation {
    pub code: String,
    pub start: u32,
    pub end: u32,
    pub matched: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplyTemplate {
    pub id: String,
    pub name: String,
    pub builtin: bool,
    pub languages: Vec<String>,
    pub variables: Vec<String>,
}

impl From<inbox::TemplateInfo> for ReplyTemplate {
    fn from(t: inbox::TemplateInfo) -> Self {
        Self {
            id: t.id,
            name: t.name,
            builtin: t.builtin,
            languages: t.languages,
            variables: t.variables,
        }
    }
}

/// One language's text of a seller template (Fluent syntax).
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TemplateText {
    pub lang: String,
    pub text: String,
}

/// A seller template with its texts per reply language.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OwnTemplate {
    pub id: String,
    pub name: String,
    pub texts: Vec<TemplateText>,
}

impl From<inbox::Template> for OwnTemplate {
    fn from(t: inbox::Template) -> Self {
        Self {
            id: t.id,
            name: t.name,
            texts: t
                .sources
                .into_iter()
                .map(|(lang, text)| TemplateText { lang, text })
                .collect(),
        }
    }
}

impl From<OwnTemplate> for inbox::Template {
    fn from(t: OwnTemplate) -> Self {
        Self {
            id: t.id,
            name: t.name,
            sources: t.texts.into_iter().map(|x| (x.lang, x.text)).collect(),
        }
    }
}

/// A value the seller typed for a saved reply's variable.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplyVariable {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RenderedReply {
    pub lang: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReplyPreview {
    /// What is sent, in the buyer's language.
    pub buyer: RenderedReply,
    /// The same reply in the seller's UI language.
    pub seller: RenderedReply,
}

impl From<inbox::Preview> for ReplyPreview {
    fn from(p: inbox::Preview) -> Self {
        Self {
            buyer: RenderedReply {
                lang: p.buyer.lang,
                text: p.buyer.text,
            },
            seller: RenderedReply {
                lang: p.seller.lang,
                text: p.seller.text,
            },
        }
    }
}
