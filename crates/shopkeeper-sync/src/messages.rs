//! The messages stream between the wire and the store: conversations and
//! messages as the marketplace sends them (docs/adr/0410).

use marketplace_api::dto as api;
use shopkeeper_store::{BlobRef, ConversationRecord, MessageRecord};

use crate::wire::millis;

/// The buyer's time zone: the marketplace sends the buyer's country only, so
/// the zone is the country's main one (the capital's, or the most populous
/// region's for countries with several).
pub fn timezone_for_country(country: &str) -> &'static str {
    match country.to_ascii_uppercase().as_str() {
        "BR" => "America/Sao_Paulo",
        "RU" => "Europe/Moscow",
        "ES" => "Europe/Madrid",
        "ID" => "Asia/Jakarta",
        "FR" => "Europe/Paris",
        "PL" => "Europe/Warsaw",
        "US" => "America/New_York",
        "GB" => "Europe/London",
        "DE" => "Europe/Berlin",
        "PT" => "Europe/Lisbon",
        "MX" => "America/Mexico_City",
        "CN" => "Asia/Shanghai",
        "VN" => "Asia/Ho_Chi_Minh",
        _ => "UTC",
    }
}

pub fn conversation_from_wire(c: &api::Conversation) -> ConversationRecord {
    ConversationRecord {
        id: c.id.to_string(),
        order_ref: c.order_id.map(|o| o.to_string()),
        subject: c.subject.clone(),
        buyer_name: c.buyer.name.clone(),
        buyer_country: c.buyer.country.clone(),
        buyer_locale: c.buyer.locale.clone(),
        buyer_timezone: timezone_for_country(&c.buyer.country).to_owned(),
        last_message_at: millis(&c.last_message_at).unwrap_or(0),
        version: c.version,
    }
}

pub fn message_from_wire(m: &api::Message) -> MessageRecord {
    MessageRecord {
        id: m.id.to_string(),
        conversation_id: m.conversation_id.to_string(),
        inbound: m.author == api::MessageAuthor::Buyer,
        body: m.body.clone(),
        locale: m.locale.clone(),
        sent_at: millis(&m.sent_at).unwrap_or(0),
    }
}

/// The wire op of a seller message: the message's client id makes the
/// marketplace insert it at most once however often it is pushed.
pub fn send_to_wire(
    message_id: &str,
    conversation_id: &str,
    body: &str,
    attachments: &[BlobRef],
) -> Result<api::OpAction, String> {
    Ok(api::OpAction::MessageSend {
        conversation_id: crate::wire::uuid(conversation_id)?,
        message: api::NewMessage {
            id: crate::wire::uuid(message_id)?,
            body: body.to_owned(),
            attachments: attachments
                .iter()
                .map(|b| crate::wire::uuid(&b.id))
                .collect::<Result<_, _>>()?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buyer_message_maps_to_an_inbound_record() {
        let m: api::Message = serde_json::from_value(serde_json::json!({
            "id": "0190a000-0000-7000-8000-000000000001",
            "conversation_id": "0190a000-0000-7000-8000-000000000002",
            "author": "buyer",
            "body": "Olá! <script>x</script>",
            "locale": "pt-BR",
            "sent_at": "2026-11-20T10:00:00Z",
            "member_id": null
        }))
        .expect("a wire message");
        let r = message_from_wire(&m);
        assert!(r.inbound);
        assert_eq!(r.body, "Olá! <script>x</script>");
        assert_eq!(r.sent_at, 1_795_168_800_000);
        assert_eq!(timezone_for_country("br"), "America/Sao_Paulo");
    }
}
