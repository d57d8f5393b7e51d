//! The inbox: conversations, replies, saved replies, links (issue 4).

use shopkeeper_i18n::Value;
use tauri::State;

use crate::AppState;
use crate::ipc::{
    ChatMessage, Conversation, ConversationDetail, ConversationQuery, DraftAttachment, IpcError,
    OwnTemplate, ReplyPreview, ReplyTemplate, ReplyVariable, RuleViolation,
};

/// The inbox list: filters, search in any script, newest activity first.
#[tauri::command]
#[specta::specta]
pub async fn list_conversations(
    state: State<'_, AppState>,
    query: ConversationQuery,
) -> Result<Vec<Conversation>, IpcError> {
    let rows = state
        .shop
        .conversations(&query.into())
        .await
        .map_err(|e| state.error(e))?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// A conversation with its messages; opening it marks it read.
#[tauri::command]
#[specta::specta]
pub async fn open_conversation(
    state: State<'_, AppState>,
    id: String,
) -> Result<ConversationDetail, IpcError> {
    let detail = state
        .shop
        .open_conversation(&id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(ConversationDetail::load(&state.shop, detail).await)
}

/// Marks a conversation done (or back to open).
#[tauri::command]
#[specta::specta]
pub async fn set_conversation_done(
    state: State<'_, AppState>,
    id: String,
    done: bool,
) -> Result<(), IpcError> {
    state
        .shop
        .set_conversation_done(&id, done)
        .await
        .map_err(|e| state.error(e))
}

/// Unread buyer messages (the navigation badge).
#[tauri::command]
#[specta::specta]
pub async fn unread_messages(state: State<'_, AppState>) -> Result<i64, IpcError> {
    state
        .shop
        .unread_messages()
        .await
        .map_err(|e| state.error(e))
}

/// What the marketplace's rules forbid in a draft, with what to change.
#[tauri::command]
#[specta::specta]
pub async fn check_reply(
    state: State<'_, AppState>,
    text: String,
) -> Result<Vec<RuleViolation>, IpcError> {
    let found = state
        .shop
        .check_reply(&text)
        .await
        .map_err(|e| state.error(e))?;
    let locale = state.locale();
    Ok(found
        .into_iter()
        .map(|v| RuleViolation {
            message: state.i18n.format(
                &locale,
                &format!("messages-rule-{}", v.code.as_str()),
                &[("matched", Value::Str(v.matched.clone()))],
            ),
            code: v.code.as_str().to_owned(),
            start: u32::try_from(v.utf16_start).unwrap_or(u32::MAX),
            end: u32::try_from(v.utf16_end).unwrap_or(u32::MAX),
            matched: v.matched,
        })
        .collect())
}

/// Sends a reply (refused with the rule violations when it breaks them).
#[tauri::command]
#[specta::specta]
pub async fn send_message(
    state: State<'_, AppState>,
    conversation_id: String,
    body: String,
    attachments: Vec<String>,
) -> Result<ChatMessage, IpcError> {
    let m = state
        .shop
        .send_message(&conversation_id, &body, &attachments)
        .await
        .map_err(|e| state.error(e))?;
    Ok(ChatMessage::load(&state.shop, m).await)
}

/// Prepares a photo chosen in the file picker (name and base64 bytes) for the
/// next message: checked, stripped of metadata and resized like a listing photo.
#[tauri::command]
#[specta::specta]
pub async fn prepare_attachment_data(
    state: State<'_, AppState>,
    name: String,
    data: String,
) -> Result<DraftAttachment, IpcError> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.as_bytes())
        .map_err(|e| IpcError::internal(&state.i18n, &state.locale(), &e))?;
    Ok(state
        .shop
        .prepare_attachment(&name, bytes)
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// Prepares a photo file dropped on the reply box, like `prepare_attachment_data`.
#[tauri::command]
#[specta::specta]
pub async fn prepare_attachment_path(
    state: State<'_, AppState>,
    path: String,
) -> Result<DraftAttachment, IpcError> {
    Ok(state
        .shop
        .prepare_attachment_file(&std::path::PathBuf::from(path))
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// Throws away a prepared photo the seller removed before sending.
#[tauri::command]
#[specta::specta]
pub async fn discard_attachment(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state
        .shop
        .discard_attachment(&id)
        .await
        .map_err(|e| state.error(e))
}

/// Sends a failed message again (same message id: still exactly once).
#[tauri::command]
#[specta::specta]
pub async fn retry_message(
    state: State<'_, AppState>,
    id: String,
) -> Result<ChatMessage, IpcError> {
    let m = state
        .shop
        .retry_message(&id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(ChatMessage::load(&state.shop, m).await)
}

/// Saved replies named in the UI language.
#[tauri::command]
#[specta::specta]
pub async fn list_reply_templates(
    state: State<'_, AppState>,
) -> Result<Vec<ReplyTemplate>, IpcError> {
    let list = state
        .shop
        .reply_templates(&state.locale())
        .await
        .map_err(|e| state.error(e))?;
    Ok(list.into_iter().map(Into::into).collect())
}

/// A saved reply for a conversation, in the buyer's language and the UI's.
#[tauri::command]
#[specta::specta]
pub async fn preview_reply(
    state: State<'_, AppState>,
    template_id: String,
    conversation_id: String,
    vars: Vec<ReplyVariable>,
) -> Result<ReplyPreview, IpcError> {
    let vars = vars.into_iter().map(|v| (v.name, v.value)).collect();
    Ok(state
        .shop
        .preview_reply(&template_id, &state.locale(), &conversation_id, &vars)
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// The seller's own templates with their texts.
#[tauri::command]
#[specta::specta]
pub async fn own_reply_templates(state: State<'_, AppState>) -> Result<Vec<OwnTemplate>, IpcError> {
    let list = state
        .shop
        .own_reply_templates()
        .await
        .map_err(|e| state.error(e))?;
    Ok(list.into_iter().map(Into::into).collect())
}

/// Adds or replaces a seller template (validated; errors per field).
#[tauri::command]
#[specta::specta]
pub async fn save_reply_template(
    state: State<'_, AppState>,
    template: OwnTemplate,
) -> Result<(), IpcError> {
    state
        .shop
        .save_reply_template(&template.into())
        .await
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_reply_template(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state
        .shop
        .delete_reply_template(&id)
        .await
        .map_err(|e| state.error(e))
}

/// Opens a confirmed http(s) link from a message with the system browser.
//
// Only a plain http(s) URL (checked again by the core's safe splitter) is
// handed to `xdg-open`, as one argument.
#[tauri::command]
#[specta::specta]
pub async fn open_link(state: State<'_, AppState>, href: String) -> Result<(), IpcError> {
    let url = shopkeeper_core::inbox::checked_link(&href).map_err(|e| state.error(e))?;
    std::process::Command::new("xdg-open")
        .arg(&url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|e| IpcError::internal(&state.i18n, &state.locale(), &e))
}
