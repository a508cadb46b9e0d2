package org.tongchou.hub.stream.app;

import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Persons are cached by reference in a bounded heap cache, so that a person with a long history is
 * folded once, not per fact, and the hub's heap stays bounded however many persons it holds.
 *
 * <p>The bound is a number of persons, because Ehcache cannot size a heap tier by bytes on today's
 * JDKs. A person with their obligations took about 12 KB in the ingest benchmark (BENCHMARKS.md,
 * "Heap"), so the default 20,000 keeps the cache near 250 MB of a 1 GB heap; with 100,000 the
 * benchmark's hub ran out of memory.
 */
@Configuration(proxyBeanMethods = false)
class PersonRepositoryConfiguration {

  @Bean(destroyMethod = "close")
  CacheManager personCacheManager(@Value("${tongchou.person-cache.entries:20000}") long entries) {
    return CacheManagerBuilder.newCacheManagerBuilder()
        .withCache(
            "persons",
            CacheConfigurationBuilder.newCacheConfigurationBuilder(
                    Object.class, Object.class, ResourcePoolsBuilder.heap(entries))
                .withExpiry(ExpiryPolicyBuilder.timeToIdleExpiration(Duration.ofHours(1))))
        .build(true);
  }

  @Bean
  Cache personCache(CacheManager personCacheManager) {
    // Axon's adapter takes the concrete Ehcache, which is what a heap-only cache manager returns.
    return new EhCache3Adapter(
        (Ehcache<Object, Object>)
            personCacheManager.getCache("persons", Object.class, Object.class));
  }

  @Bean
  PersonCommandTargets personCommandTargets() {
    return new PersonCommandTargets();
  }

  @Bean
  PersonRepository personRepository(
      EventStore eventStore, Cache personCache, ApplicationContext context) {
    // A repository built by hand inspects the aggregate itself: without Spring's resolver its
    // handlers could not take the policies, the division table or the deadline manager.
    return new PersonRepository(
        EventSourcingRepository.builder(PersonAggregate.class)
            .eventStore(eventStore)
            .cache(personCache)
            .parameterResolverFactory(
                MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(PersonAggregate.class),
                    new org.axonframework.spring.config.annotation
                        .SpringBeanParameterResolverFactory(context))));
  }
}
