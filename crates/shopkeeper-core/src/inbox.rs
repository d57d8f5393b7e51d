//! Buyer messages (issue 4, docs/adr/0401 and 0410): the inbox, replies
//! checked against the marketplace's rules before they reach the outbox,
//! exactly-once delivery through `message.send`, saved replies rendered in the
//! buyer's language with variables from the conversation's order, and the
//! seller's own templates.

use std::collections::BTreeMap;

use serde_json::json;
use shopkeeper_messages::replies::{KNOWN_VARIABLES, Replies, TemplateError, Value, VarKind, Vars};
pub use shopkeeper_messages::replies::{Preview, Template, TemplateInfo};
use shopkeeper_messages::rules::{Rules, Violation, ViolationCode, check};
use shopkeeper_messages::safety::{Segment, sanitize_for_display};
use shopkeeper_store::{
    AuditEntry, ChangeRecord, ConversationFilter, ConversationRow, MessageAttachment, MessageRow,
    OutboxOp, StoredTemplate,
};

use crate::error::{CoreError, FieldError, Result};
use crate::{Shop, now_ms};

/// The public tracking page linked from replies: one page that follows
/// every postal and express carrier by number, so it needs no carrier code.
pub const TRACKING_HOST: &str = "17track.net";

/// The longest message the marketplace accepts (characters).
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// The tracking page of a tracking number.
pub fn tracking_link(number: &str) -> String {
    format!("https://t.{TRACKING_HOST}/en#nums={number}")
}

/// A conversation with its messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationDetail {
    pub conversation: ConversationRow,
    pub messages: Vec<MessageRow>,
}

fn rule_code(c: ViolationCode) -> &'static str {
    match c {
        ViolationCode::Phone => "message-rule-phone",
        ViolationCode::Email => "message-rule-email",
        ViolationCode::Link => "message-rule-link",
        ViolationCode::Messenger => "message-rule-messenger",
    }
}

fn template_code(e: &TemplateError) -> &'static str {
    e.code()
}

impl Shop {
    /// The marketplace's messaging rules: no contact details, links only to
    /// the marketplace itself and the tracking page.
    pub async fn message_rules(&self) -> Result<Rules> {
        let mut allowed: Vec<String> = vec![TRACKING_HOST.to_owned()];
        if let Some(c) = self.connection().await?
            && let Some(host) = host_of(&c.url)
        {
            allowed.push(host);
        }
        let refs: Vec<&str> = allowed.iter().map(String::as_str).collect();
        Ok(Rules::strict(&refs))
    }

    /// What in `text` the marketplace's rules forbid (empty: it may be sent).
    pub async fn check_reply(&self, text: &str) -> Result<Vec<Violation>> {
        Ok(check(text, &self.message_rules().await?))
    }

    pub async fn conversations(&self, filter: &ConversationFilter) -> Result<Vec<ConversationRow>> {
        Ok(self.store.conversations(filter).await?)
    }

    /// A conversation and its messages; opening it marks it read.
    pub async fn open_conversation(&self, id: &str) -> Result<ConversationDetail> {
        self.store.mark_conversation(id, true, None).await?;
        Ok(ConversationDetail {
            conversation: self.store.conversation(id).await?,
            messages: self.store.conversation_messages(id).await?,
        })
    }

    /// Marks a conversation done (it leaves the inbox until the buyer writes
    /// again) or not done.
    pub async fn set_conversation_done(&self, id: &str, done: bool) -> Result<()> {
        Ok(self.store.mark_conversation(id, false, Some(done)).await?)
    }

    pub async fn unread_messages(&self) -> Result<i64> {
        Ok(self.store.unread_messages().await?)
    }

    /// Sends a reply: refused with one field per rule violation (nothing is
    /// written); otherwise the message, its `message.send` op (the message id
    /// is the marketplace's insert-if-absent key) and the audit entry are
    /// written in one transaction and background sync is woken.
    pub async fn send_message(
        &self,
        conversation_id: &str,
        body: &str,
        attachments: &[String],
    ) -> Result<MessageRow> {
        let body = body.trim();
        let mut errors = Vec::new();
        if body.is_empty() {
            errors.push(FieldError::new("body", "message-empty"));
        } else if body.chars().count() > MAX_MESSAGE_CHARS {
            errors.push(FieldError::new("body", "message-too-long").arg("max", MAX_MESSAGE_CHARS));
        }
        for v in check(body, &self.message_rules().await?) {
            errors.push(
                FieldError::new(
                    format!("body.{}-{}", v.utf16_start, v.utf16_end),
                    rule_code(v.code),
                )
                .arg("matched", v.matched),
            );
        }
        let attachments = match self.draft_attachments(attachments).await {
            Ok(a) => a,
            Err(CoreError::Validation(more)) => {
                errors.extend(more);
                Vec::new()
            }
            Err(e) => return Err(e),
        };
        if !errors.is_empty() {
            return Err(CoreError::Validation(errors));
        }
        let conv = self.store.conversation(conversation_id).await?;
        let message_id = uuid::Uuid::now_v7().to_string();
        let change = self.message_change(
            &message_id,
            conversation_id,
            body,
            &attachments,
            "message-send",
        );
        self.store
            .send_message(
                conversation_id,
                &message_id,
                body,
                Some(shopkeeper_messages::replies::reply_language(
                    &conv.buyer_locale,
                )),
                &attachments,
                &change,
            )
            .await?;
        self.changed.notify_one();
        Ok(self.store.message(&message_id).await?)
    }

    /// Sends a failed message again as a new op with the same message id.
    pub async fn retry_message(&self, message_id: &str) -> Result<MessageRow> {
        let m = self.store.message(message_id).await?;
        if m.state != "failed" {
            return Err(CoreError::Changed);
        }
        let change = self.message_change(
            message_id,
            &m.conversation_id,
            &m.body,
            &m.attachments,
            "message-retry",
        );
        self.store.retry_message(message_id, &change).await?;
        self.changed.notify_one();
        Ok(self.store.message(message_id).await?)
    }

    fn message_change(
        &self,
        message_id: &str,
        conversation_id: &str,
        body: &str,
        attachments: &[MessageAttachment],
        action: &'static str,
    ) -> ChangeRecord {
        let blobs = crate::attachments::blobs(attachments);
        ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![OutboxOp {
                op_id: uuid::Uuid::now_v7().to_string(),
                entity: "message",
                entity_id: message_id.to_owned(),
                kind: "message.send",
                payload: json!({
                    "conversation_id": conversation_id,
                    "body": body,
                    "attachments": blobs,
                }),
                base_version: None,
            }],
            audit: AuditEntry {
                entity: "message",
                entity_id: message_id.to_owned(),
                action,
                changes: json!([
                    { "field": "body", "before": null, "after": body },
                    { "field": "attachments", "before": null, "after": attachments.len() },
                ]),
            },
        }
    }

    /// Built-in saved replies plus the seller's own.
    async fn replies(&self) -> Result<Replies> {
        let mut r = Replies::builtin().map_err(|e| CoreError::Internal(e.to_string()))?;
        for t in self.store.reply_templates().await? {
            match stored_template(&t) {
                Some(t) => {
                    if let Err(e) = r.add_custom(&t) {
                        tracing::warn!(id = %t.id, ?e, "stored reply template skipped");
                    }
                }
                None => tracing::warn!(id = %t.id, "unreadable reply template skipped"),
            }
        }
        Ok(r)
    }

    /// Saved replies named in the seller's UI language.
    pub async fn reply_templates(&self, ui_locale: &str) -> Result<Vec<TemplateInfo>> {
        Ok(self.replies().await?.list(ui_locale))
    }

    /// The seller's own templates with their texts, for editing.
    pub async fn own_reply_templates(&self) -> Result<Vec<Template>> {
        Ok(self
            .store
            .reply_templates()
            .await?
            .iter()
            .filter_map(stored_template)
            .collect())
    }

    /// The values a reply to `conversation_id` can use: the buyer's name and,
    /// from its order, number, amount, ship-by date and tracking; `overrides`
    /// (what the seller typed, e.g. a tracking number not synced yet or a
    /// number of days) win.
    pub async fn reply_variables(
        &self,
        conversation_id: &str,
        overrides: &BTreeMap<String, String>,
    ) -> Result<Vars> {
        let c = self.store.conversation(conversation_id).await?;
        let mut vars = Vars::new();
        let first_name = c
            .buyer_name
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_owned();
        if !first_name.is_empty() {
            vars.insert("buyer_name".into(), Value::text(first_name));
        }
        vars.insert(
            "seller_name".into(),
            Value::text(self.record().name.clone()),
        );
        if let Some(o) = &c.order {
            vars.insert("order_number".into(), Value::text(o.number.clone()));
            vars.insert(
                "amount".into(),
                Value::money(o.total_minor, o.currency.clone()),
            );
            if let Some(d) = o.ship_by.and_then(date_of_millis) {
                vars.insert("ship_by".into(), Value::date(d));
            }
            if let Some(t) = &o.tracking_number {
                vars.insert("tracking_number".into(), Value::text(t.clone()));
                vars.insert("tracking_link".into(), Value::text(tracking_link(t)));
            }
            if let Some(carrier) = &o.carrier {
                vars.insert("carrier".into(), Value::text(carrier.clone()));
            }
        }
        for (name, raw) in overrides {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            let Some((_, kind)) = KNOWN_VARIABLES.iter().find(|(n, _)| *n == name.as_str()) else {
                return Err(CoreError::Validation(vec![
                    FieldError::new(format!("vars.{name}"), "reply-variable-unknown")
                        .arg("name", name.as_str()),
                ]));
            };
            let value = match kind {
                VarKind::Text => Value::text(raw),
                VarKind::Number => Value::number(raw.parse().map_err(|_| {
                    CoreError::Validation(vec![FieldError::new(
                        format!("vars.{name}"),
                        "reply-variable-number",
                    )])
                })?),
                VarKind::Date => Value::date(
                    time::Date::parse(
                        raw,
                        time::macros::format_description!("[year]-[month]-[day]"),
                    )
                    .map_err(|_| {
                        CoreError::Validation(vec![FieldError::new(
                            format!("vars.{name}"),
                            "reply-variable-date",
                        )])
                    })?,
                ),
                VarKind::Money => continue, // amounts come from the order only
            };
            if name == "tracking_number" {
                vars.insert("tracking_link".into(), Value::text(tracking_link(raw)));
            }
            vars.insert(name.clone(), value);
        }
        Ok(vars)
    }

    /// A saved reply for `conversation_id`: the text in the buyer's language
    /// (what is sent) and in the seller's UI language (what the seller reads).
    /// A variable the template needs and nothing provides is a field error
    /// `vars.<name>` so the picker can ask for it.
    pub async fn preview_reply(
        &self,
        template_id: &str,
        ui_locale: &str,
        conversation_id: &str,
        overrides: &BTreeMap<String, String>,
    ) -> Result<Preview> {
        let c = self.store.conversation(conversation_id).await?;
        let vars = self.reply_variables(conversation_id, overrides).await?;
        let replies = self.replies().await?;
        let info = replies
            .list(ui_locale)
            .into_iter()
            .find(|t| t.id == template_id)
            .ok_or(CoreError::NotFound("template"))?;
        let missing: Vec<FieldError> = info
            .variables
            .iter()
            .filter(|v| !vars.contains_key(v.as_str()))
            // The link follows from the number: ask for the number only.
            .filter(|v| v.as_str() != "tracking_link" || vars.contains_key("tracking_number"))
            .map(|v| {
                FieldError::new(format!("vars.{v}"), "reply-variable-missing")
                    .arg("name", v.as_str())
            })
            .collect();
        if !missing.is_empty() {
            return Err(CoreError::Validation(missing));
        }
        replies
            .preview(template_id, ui_locale, &c.buyer_locale, &vars)
            .map_err(|e| {
                CoreError::Validation(vec![
                    FieldError::new("template", "reply-render").arg("detail", e.to_string()),
                ])
            })
    }

    /// Adds or replaces a seller template after `Template::validate`; every
    /// problem is a field error (`name`, `id` or `sources.<lang>`).
    pub async fn save_reply_template(&self, template: &Template) -> Result<()> {
        if let Err(errors) = template.validate() {
            return Err(CoreError::Validation(
                errors.iter().map(template_field_error).collect(),
            ));
        }
        // Refuse what the built-ins reserve as well (add_custom's check).
        let mut r = Replies::builtin().map_err(|e| CoreError::Internal(e.to_string()))?;
        if let Err(errors) = r.add_custom(template) {
            return Err(CoreError::Validation(
                errors.iter().map(template_field_error).collect(),
            ));
        }
        let sources = serde_json::to_string(&template.sources)
            .map_err(|e| CoreError::Internal(e.to_string()))?;
        self.store
            .save_reply_template(&StoredTemplate {
                id: template.id.clone(),
                name: template.name.clone(),
                sources,
                updated_at: now_ms(),
            })
            .await?;
        Ok(())
    }

    pub async fn delete_reply_template(&self, id: &str) -> Result<()> {
        Ok(self.store.delete_reply_template(id).await?)
    }
}

fn template_field_error(e: &TemplateError) -> FieldError {
    let field = match e {
        TemplateError::EmptyName => "name".to_owned(),
        TemplateError::BadId => "id".to_owned(),
        TemplateError::NoLanguages => "sources".to_owned(),
        TemplateError::UnknownLanguage { lang }
        | TemplateError::EmptyText { lang }
        | TemplateError::Syntax { lang, .. }
        | TemplateError::UnknownVariable { lang, .. }
        | TemplateError::Unsupported { lang }
        | TemplateError::VariablesDiffer { lang, .. } => format!("sources.{lang}"),
    };
    let mut f = FieldError::new(field, template_code(e));
    match e {
        TemplateError::UnknownVariable { lang, name } => {
            f = f.arg("lang", lang.as_str()).arg("name", name.as_str());
        }
        TemplateError::UnknownLanguage { lang }
        | TemplateError::EmptyText { lang }
        | TemplateError::Syntax { lang, .. }
        | TemplateError::Unsupported { lang }
        | TemplateError::VariablesDiffer { lang, .. } => {
            f = f.arg("lang", lang.as_str());
        }
        _ => {}
    }
    f
}

fn stored_template(t: &StoredTemplate) -> Option<Template> {
    let sources: BTreeMap<String, String> = serde_json::from_str(&t.sources).ok()?;
    Some(Template {
        id: t.id.clone(),
        name: t.name.clone(),
        sources,
    })
}

/// The URL to open for a link the seller clicked and confirmed: only when
/// the safe splitter reads `href` as exactly one http(s) link segment equal
/// to it (no hidden characters, no text around it).
pub fn checked_link(href: &str) -> Result<String> {
    let safe = sanitize_for_display(href);
    let lower = href.to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    match safe.segments.as_slice() {
        [Segment::Link { href: h, .. }] if scheme_ok && h == href && safe.warnings.is_empty() => {
            Ok(href.to_owned())
        }
        _ => Err(CoreError::Validation(vec![FieldError::new(
            "href",
            "link-refused",
        )])),
    }
}

fn date_of_millis(ms: i64) -> Option<time::Date> {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .ok()
        .map(|t| t.date())
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}
