package org.tongchou.adapter.hub;

import io.grpc.Attributes;
import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import io.grpc.Status;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Several hub nodes behind one channel: {@code host:port,host:port,...} becomes the target {@code
 * hub-list:///host:port,host:port}, resolved to that static list by gRPC's own name-resolver API
 * and spread over with gRPC's {@code round_robin} policy (a dead node's calls go to the others).
 * One {@code host:port} stays an ordinary target.
 */
final class HubAddresses {

  static final String SCHEME = "hub-list";

  static {
    NameResolverRegistry.getDefaultRegistry().register(new Provider());
  }

  private HubAddresses() {}

  /** Whether {@code address} names more than one hub node. */
  static boolean isList(String address) {
    return address.contains(",");
  }

  /** The channel target for {@code address}: the list scheme for several nodes. */
  static String target(String address) {
    if (!isList(address)) {
      return address;
    }
    // A malformed list fails here, not on the first call.
    return SCHEME
        + ":///"
        + String.join(
            ",",
            parse(address).stream()
                .map(node -> node.getHostString() + ":" + node.getPort())
                .toList());
  }

  /**
   * The nodes of {@code list}, in order.
   *
   * @throws IllegalArgumentException when an entry is not {@code host:port}
   */
  static List<InetSocketAddress> parse(String list) {
    List<InetSocketAddress> nodes = new ArrayList<>();
    for (String entry : list.split(",")) {
      String node = entry.strip();
      int colon = node.lastIndexOf(':');
      if (colon <= 0 || colon == node.length() - 1) {
        throw new IllegalArgumentException("hub address " + node + " is not host:port");
      }
      String host = node.substring(0, colon);
      int port;
      try {
        port = Integer.parseInt(node.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("hub address " + node + " has no port number");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("hub address " + node + " has no port number");
      }
      nodes.add(InetSocketAddress.createUnresolved(host, port));
    }
    return nodes;
  }

  private static final class Provider extends NameResolverProvider {
    @Override
    protected boolean isAvailable() {
      return true;
    }

    @Override
    protected int priority() {
      return 5;
    }

    @Override
    public String getDefaultScheme() {
      return SCHEME;
    }

    @Override
    public Collection<Class<? extends SocketAddress>> getProducedSocketAddressTypes() {
      return List.of(InetSocketAddress.class);
    }

    @Override
    public NameResolver newNameResolver(URI target, NameResolver.Args args) {
      if (!SCHEME.equals(target.getScheme())) {
        return null;
      }
      String list = target.getPath().substring(1);
      List<InetSocketAddress> nodes = parse(list);
      return new NameResolver() {
        @Override
        public String getServiceAuthority() {
          // TLS checks every node's certificate against the first node's host name.
          return nodes.get(0).getHostString();
        }

        @Override
        public void start(Listener2 listener) {
          List<EquivalentAddressGroup> groups = new ArrayList<>();
          for (InetSocketAddress node : nodes) {
            // Resolved here, once per channel: the list is static.
            InetSocketAddress resolved =
                new InetSocketAddress(node.getHostString(), node.getPort());
            if (resolved.isUnresolved()) {
              listener.onError(
                  Status.UNAVAILABLE.withDescription("cannot resolve hub " + node.getHostString()));
              return;
            }
            groups.add(new EquivalentAddressGroup(resolved));
          }
          listener.onResult(
              ResolutionResult.newBuilder()
                  .setAddressesOrError(io.grpc.StatusOr.fromValue(groups))
                  .setAttributes(Attributes.EMPTY)
                  .build());
        }

        @Override
        public void shutdown() {}
      };
    }
  }
}
