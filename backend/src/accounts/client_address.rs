//! Whose address a request comes from, for the limits on guessing. Behind a TLS proxy every
//! request arrives from the proxy, so its `X-Forwarded-For` is believed, but only when the
//! connection comes from a proxy the operator named (`TANDEM_TRUSTED_PROXIES`): anyone else could
//! write any address there and escape the limits.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::error::AppError;
use crate::state::AppState;

/// The addresses and ranges of the proxies whose forwarded client address is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads `10.0.0.0/8, 127.0.0.1, ::1`: ranges, or single addresses; commas or spaces between.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        text.split([',', ' '])
            .filter(|part| !part.trim().is_empty())
            .map(|part| {
                let part = part.trim();
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{part:?} is not an address or range"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|range| range.contains(&address))
    }

    /// The client's address: the connection's own, unless it is a trusted proxy; then the
    /// right-most forwarded address that is not one of them (each proxy appends the address it
    /// was reached from, so the ones further left could have been written by anyone).
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.trusts(peer) {
            return canonical(peer);
        }
        let hops: Vec<IpAddr> = forwarded_for.unwrap_or_default().split(',').filter_map(|hop| hop.trim().parse::<IpAddr>().ok()).collect();
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            client = hop;
            if !self.trusts(hop) {
                break;
            }
        }
        canonical(client)
    }
}

/// An IPv4 address seen through an IPv6 socket is the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The address the request came from, as [`TrustedProxies::client`] judges it.
pub struct ClientAddress(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip())
            .ok_or(AppError::Storage(crate::storage::StorageError::internal("the connection's address is unknown")))?;
        let forwarded = parts.headers.get("x-forwarded-for").and_then(|value| value.to_str().ok());
        Ok(ClientAddress(state.limits.trusted_proxies().client(peer, forwarded)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn a_forwarded_address_is_believed_only_from_a_trusted_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").unwrap_or_default();
        // From a trusted proxy: the client it names.
        assert_eq!(proxies.client(ip("10.1.2.3"), Some("203.0.113.7")), ip("203.0.113.7"));
        // A client that writes its own header before the proxy appends: the proxy's entry wins.
        assert_eq!(proxies.client(ip("10.1.2.3"), Some("198.51.100.1, 203.0.113.7")), ip("203.0.113.7"));
        // Two trusted proxies in a row: the first address neither of them is.
        assert_eq!(proxies.client(ip("127.0.0.1"), Some("203.0.113.7, 10.9.9.9")), ip("203.0.113.7"));
        // Not a proxy: the header is ignored, whatever it says.
        assert_eq!(proxies.client(ip("203.0.113.99"), Some("198.51.100.1")), ip("203.0.113.99"));
        // A trusted proxy with no usable header: the proxy itself.
        assert_eq!(proxies.client(ip("10.1.2.3"), Some("nonsense")), ip("10.1.2.3"));
        assert_eq!(proxies.client(ip("::ffff:10.1.2.3"), Some("203.0.113.7")), ip("203.0.113.7"));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert_eq!(TrustedProxies::default().client(ip("127.0.0.1"), Some("203.0.113.7")), ip("127.0.0.1"));
    }
}
