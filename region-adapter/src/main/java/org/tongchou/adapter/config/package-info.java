/**
 * The configuration of {@code region-adapter run}, {@code status} and {@code init-db}: one {@code
 * .properties} file, each key overridable by a {@code TONGCHOU_...} environment variable. Loaded
 * and checked in one go by {@link org.tongchou.adapter.config.ConfigLoader}.
 */
package org.tongchou.adapter.config;
