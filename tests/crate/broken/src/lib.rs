#![no_std]
pub async fn f() -> u32 {
    not_defined().await
}
